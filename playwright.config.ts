import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// `npm test` (scripts/test.ts) builds the app, serves it on a fresh seeded database and sets
// PLAYWRIGHT_BASE_URL. Debian's Chromium is used where installed; elsewhere Playwright's own.
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

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json'], ['html', { open: 'never', outputFolder: `${RESULTS_DIR}/playwright-report` }]],
  outputDir: `${RESULTS_DIR}/playwright`,
  use: {
    baseURL: process.env.PLAYWRIGHT_BASE_URL ?? 'http://127.0.0.1:3199',
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
