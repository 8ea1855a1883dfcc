import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRouteMatcher, routeMatcher, type RoutesManifest } from './route-patterns';

// Entries as `next build` writes them to routes-manifest.json (copied from this app's build).
const manifest: RoutesManifest = {
  staticRoutes: [
    { page: '/_not-found', regex: '^/_not\\-found(?:/)?$' },
    { page: '/api/v1/jobs', regex: '^/api/v1/jobs(?:/)?$' },
  ],
  dynamicRoutes: [
    { page: '/jobs/[slug]', regex: '^/jobs/([^/]+?)(?:/)?$' },
    { page: '/jobs/[slug]/apply', regex: '^/jobs/([^/]+?)/apply(?:/)?$' },
    { page: '/board/[view]', regex: '^/board/([^/]+?)(?:/)?$' },
  ],
  rewrites: { beforeFiles: [{ source: '/jobs', regex: '^/jobs(?:/)?$' }], afterFiles: [], fallback: [] },
};

describe('the route label of a request', () => {
  const match = routeMatcher(manifest);

  it('is the pattern of the route that serves the path', () => {
    expect(match('/api/v1/jobs')).toBe('/api/v1/jobs');
    expect(match('/api/v1/jobs/')).toBe('/api/v1/jobs');
    expect(match('/jobs/senior-software-engineer-backend')).toBe('/jobs/[slug]');
    expect(match('/jobs/senior-software-engineer-backend/apply')).toBe('/jobs/[slug]/apply');
  });

  it('is a rewrite’s source for a path that only a rewrite serves', () => {
    expect(match('/jobs')).toBe('/jobs');
  });

  it('is nothing for a path no route serves, however it is spelled', () => {
    expect(match('/wp-login.php')).toBeUndefined();
    expect(match('/jobs/a/b/c')).toBeUndefined();
    expect(match('/')).toBeUndefined();
  });

  it('is nothing for Next’s own files, which Next serves before any route (the histogram names them by prefix)', () => {
    const withCatchAll = routeMatcher({ ...manifest, dynamicRoutes: [...manifest.dynamicRoutes!, { page: '/[...path]', regex: '^/(.+?)(?:/)?$' }] });
    expect(withCatchAll('/anything/else')).toBe('/[...path]');
    expect(withCatchAll('/_next/static/chunks/main.js')).toBeUndefined();
    expect(withCatchAll('/_next/image')).toBeUndefined();
  });

  it('comes from the routes of the build, or is nothing when there is no build to read', () => {
    const build = mkdtempSync(path.join(tmpdir(), 'portico-build-'));
    try {
      writeFileSync(path.join(build, 'routes-manifest.json'), JSON.stringify(manifest));
      expect(loadRouteMatcher(build)('/jobs/senior-software-engineer-backend')).toBe('/jobs/[slug]');
      expect(loadRouteMatcher(path.join(build, 'none'))('/jobs/senior-software-engineer-backend')).toBeUndefined();
    } finally {
      rmSync(build, { recursive: true, force: true });
    }
  });
});
