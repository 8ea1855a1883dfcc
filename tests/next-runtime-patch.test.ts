import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// patches/next+<version>.patch, applied by `npm install`'s postinstall (patch-package), keeps
// Next's IncrementalCache.set from serialising every page it stores just to measure it: the size
// only matters for data-cache (fetch) entries, and for a page it turned the RSC payload's Buffer
// into an array of numbers, ~8% of a never-seen search's CPU (README, Performance, eleventh round).
// This test fails when an install or a Next upgrade leaves the runtime the build uses unpatched.
const require = createRequire(import.meta.url);
const runtimePath = require.resolve('next/dist/compiled/next-server/app-page-turbo.runtime.prod.js');

describe('the patched Next page runtime', () => {
  const runtime = readFileSync(runtimePath, 'utf8');

  it('measures only data-cache entries before storing them', () => {
    expect(runtime).toContain('let i=r.fetchCache?JSON.stringify(t).length:0;if(r.fetchCache&&i>2097152');
  });

  it('no longer serialises every entry, pages included', () => {
    expect(runtime).not.toContain('let i=JSON.stringify(t).length;if(r.fetchCache');
  });
});
