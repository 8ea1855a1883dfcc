import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * Playwright needs a Chromium. Debian's package is preferred (Playwright's own download is
 * blocked on some networks); as root with apt we install it, otherwise Playwright fetches its own.
 */
export async function ensureBrowser(log: (line: string) => void): Promise<void> {
  if (existsSync(SYSTEM_CHROMIUM) || existsSync(chromium.executablePath())) return;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && spawnSync('which', ['apt-get']).status === 0) {
    log('Installing Chromium from the system packages (apt-get install chromium) …');
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    const apt = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (apt.status === 0 && existsSync(SYSTEM_CHROMIUM)) return;
  }
  log("Installing Playwright's Chromium (npx playwright install chromium) …");
  const install = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  if (install.status !== 0) throw new Error('No Chromium is available for the browser tests.');
}
