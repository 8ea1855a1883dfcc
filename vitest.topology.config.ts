import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The topology suite (tests/topology): the production build as deployed — two instances,
// Redis, the worker and nginx — started once for the whole file. `npm test` runs it after the
// e2e suite on the same build (scripts/test.ts); on its own:
//   NEXT_DIST_DIR=.next npx vitest run --config vitest.topology.config.ts
export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./', import.meta.url)),
      'server-only': fileURLToPath(new URL('./tests/server-only-stub.ts', import.meta.url)),
    },
  },
  test: {
    include: ['tests/topology/**/*.topology.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
