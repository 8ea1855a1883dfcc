import { describe, expect, it } from 'vitest';
import { createNonce, publicContentSecurityPolicy, strictContentSecurityPolicy } from './content-security-policy';
import { DOCUMENT_SOURCE, needsStrictPolicy, PUBLIC_POLICY_SOURCE } from './strict-csp-routes';

const directives = (policy: string) =>
  new Map(policy.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...sources]) => [name!, sources]));

const production = { https: true, development: false };

describe('the strict (nonce) policy', () => {
  it("allows scripts by this response's nonce only, and nothing that injected markup could use", () => {
    const policy = directives(strictContentSecurityPolicy('abc123==', production));
    expect(policy.get('script-src')).toEqual(["'nonce-abc123=='", "'strict-dynamic'"]);
    expect(policy.get('script-src-attr')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('frame-src')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(policy.has('upgrade-insecure-requests')).toBe(true);
  });

  it('lets a sign-in form hand over to the configured OAuth providers, and eval only in development', () => {
    const policy = directives(strictContentSecurityPolicy('n', { https: false, development: true, formTargets: ['https://github.com'] }));
    expect(policy.get('form-action')).toEqual(["'self'", 'https://github.com']);
    expect(policy.get('script-src')).toContain("'unsafe-eval'");
    expect(policy.has('upgrade-insecure-requests')).toBe(false);
  });
});

describe('the public (cacheable) policy', () => {
  it('names no nonce, so one cached response serves everyone; no eval, no handlers, no plugins, no frames', () => {
    const policy = directives(publicContentSecurityPolicy(production));
    expect(policy.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get('script-src-attr')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('frame-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(publicContentSecurityPolicy(production)).toBe(publicContentSecurityPolicy(production));
  });
});

describe('which paths get the nonce policy', () => {
  const publicSource = new RegExp(`^${PUBLIC_POLICY_SOURCE}$`);
  const strict = ['/dashboard', '/dashboard/jobs/4', '/admin/users/new', '/sign-in', '/sign-in/check-email', '/sign-out', '/set-password', '/applications/status/abc_-123'];
  const sandboxed = ['/dashboard/applications/7/resume', '/dashboard/applications/7/files/9', '/admin/outbox/3/html'];
  const publicPaths = ['/', '/jobs', '/jobs/engineer', '/jobs/engineer/apply', '/jobs/engineer/apply/submitted', '/board/all', '/applications/deleted', '/developers', '/feeds/jobs.rss', '/api/v1/jobs', '/dashboardx', '/admins', '/sign-inx', '/applications/status/abc/withdraw'];

  it.each(strict)('%s: nonce policy from proxy.ts, not the public one from next.config.ts', (path) => {
    expect(needsStrictPolicy(path)).toBe(true);
    expect(publicSource.test(path)).toBe(false);
  });
  it.each(sandboxed)('%s: neither (the file keeps its sandbox policy)', (path) => {
    expect(needsStrictPolicy(path)).toBe(false);
    expect(publicSource.test(path)).toBe(false);
  });
  it.each(publicPaths)('%s: the public policy', (path) => {
    expect(needsStrictPolicy(path)).toBe(false);
    expect(publicSource.test(path)).toBe(true);
  });
  it.each(['/_next/static/chunks/0abc.js', '/_next/static/chunks/1def.css', '/_next/static/media/font.woff2'])('%s: no policy (a build file, not a document)', (path) => {
    expect(needsStrictPolicy(path)).toBe(false);
    expect(publicSource.test(path)).toBe(false);
  });
});

describe('which paths get the document-only headers', () => {
  const documentSource = new RegExp(`^${DOCUMENT_SOURCE}$`);
  it.each(['/', '/jobs', '/jobs/engineer/apply', '/dashboard', '/api/v1/jobs', '/_next/image', '/_next/data/x.json'])('%s: yes', (path) => {
    expect(documentSource.test(path)).toBe(true);
  });
  it.each(['/_next/static/chunks/0abc.js', '/_next/static/media/font.woff2'])('%s: no', (path) => {
    expect(documentSource.test(path)).toBe(false);
  });
});

describe('createNonce', () => {
  it('is 128 random bits in the base64 form Next reads back from the header', () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
