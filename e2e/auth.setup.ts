import { expect, test as setup } from '@playwright/test';

// One signed-in browser state per demo role, made once and reused by the specs
// (`test.use({ storageState: STORAGE.manager })`).
import { STORAGE } from './support/storage';
const DEMO_PASSWORD = 'portico-demo';

for (const [role, email] of [
  ['admin', 'admin@example.com'],
  ['manager', 'manager@example.com'],
] as const) {
  setup(`sign in as the demo ${role}`, async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/dashboard/);
    await page.context().storageState({ path: STORAGE[role] });
  });
}
