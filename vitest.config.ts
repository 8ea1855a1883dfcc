import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./', import.meta.url)),
      // `server-only` throws outside a React Server environment; tests are server code.
      'server-only': fileURLToPath(new URL('./tests/server-only-stub.ts', import.meta.url)),
    },
  },
  test: {
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['node_modules/**', '.next/**', '.next-*/**', 'e2e/**', '.data/**'],
    environment: 'node',
    // The tests play the part of the one proxy in front of the app (as deploy/nginx.conf is):
    // the X-Forwarded-For they send is the address "the proxy" saw. lib/auth/client-ip.test.ts
    // covers the other settings.
    env: { TRUSTED_PROXIES: '1' },
    globalSetup: ['./tests/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
