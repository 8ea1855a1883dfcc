import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// `npm run test:e2e` (scripts/test.ts) builds the app and makes an empty database (DATABASE_URL);
// Playwright's webServer then starts the app the way an operator does, `npm start` (migrations,
// the seed, Next's own server), waits for it and stops it at the end. PLAYWRIGHT_BASE_URL points
// the suite at a server that is already running instead. Debian's Chromium is used where
// installed; elsewhere Playwright's own.
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const launchOptions = existsSync(SYSTEM_CHROMIUM)
  ? {
      executablePath: SYSTEM_CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    }
  : {};

// scripts/test.ts names the folder; a named run (TEST_RUN_NAME) gets one of its own.
const RESULTS_DIR = process.env.TEST_RESULTS_DIR ?? '.data/test-results';

const E2E_PORT = process.env.E2E_PORT ?? '3199';
const externalServer = process.env.PLAYWRIGHT_BASE_URL;
const baseURL = externalServer ?? `http://127.0.0.1:${E2E_PORT}`;
// The webServer starts (migrating and seeding its database) before any globalSetup could object:
// without a database of the suite's own it would use the developer's, so refuse here instead.
if (!externalServer && !process.env.DATABASE_URL) {
  throw new Error('DATABASE_URL is not set: run the browser tests with `npm run test:e2e` (it makes a fresh database), or point DATABASE_URL at an empty one.');
}

const webServer = {
  command: 'npm start',
  url: `${baseURL}/api/health`,
  reuseExistingServer: false,
  timeout: 120_000,
  stdout: 'pipe' as const,
  // SIGTERM drains the app (lib/startup/graceful-shutdown.ts) before the group is killed.
  gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 15_000 },
  env: {
    DATABASE_URL: process.env.DATABASE_URL ?? '',
    PORT: E2E_PORT,
    HOSTNAME: '127.0.0.1',
    APP_URL: baseURL,
    AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(32).toString('base64url'),
    NEXT_TELEMETRY_DISABLED: '1',
    LOG_LEVEL: 'warn',
    // The specs read the outbox as the worker left it: none runs, so nothing is sent meanwhile.
    WORKER_ENABLED: 'false',
    // The suite posts many applications from one address; the limit has its own tests.
    APPLY_RATE_LIMIT: '1000000',
    // Playwright stands in for the one proxy (deploy/nginx.conf) in front of the app: a spec may
    // name its client address in X-Forwarded-For, as that proxy would.
    TRUSTED_PROXIES: '1',
    // The suite signs in with the demo accounts the seed adds: a demo server, on purpose.
    SEED_DEMO: 'true',
  },
};

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  globalSetup: './e2e/global-setup.ts',
  webServer: externalServer ? undefined : webServer,
  reporter: [['list'], ['json'], ['html', { open: 'never', outputFolder: `${RESULTS_DIR}/playwright-report` }]],
  outputDir: `${RESULTS_DIR}/playwright`,
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions,
  },
  projects: [
    { name: 'setup', testMatch: /auth\.setup\.ts/, use: { launchOptions } },
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions }, dependencies: ['setup'], testIgnore: /\.mobile\.spec\.ts/ },
    { name: 'phone', use: { ...devices['Pixel 7'], launchOptions }, dependencies: ['setup'], testMatch: /.*\.mobile\.spec\.ts/ },
  ],
});
