import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { STORAGE } from './support/storage';

test.use({ storageState: STORAGE.admin });
// One settings row for the whole site: these tests take turns, and put back what they change.
test.describe.configure({ mode: 'serial' });

const NEW_ACCENT = '#0f766e'; // teal-700: 5.5:1 on white, white text on it
// A server action's answer: on a loaded CI machine a round trip can take a while.
const ACTION = { timeout: 30_000 };

/** On a loaded machine React hydrates late, and text typed before it owns a form can be mangled. */
async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const form = document.querySelector('main form');
    return form !== null && Object.keys(form).some((key) => key.startsWith('__reactProps'));
  });
}

async function readForm(page: Page) {
  await page.goto('/admin/settings');
  await hydrated(page);
  return {
    intro: await page.getByLabel('Careers page introduction').inputValue(),
    accent: await page.getByRole('textbox', { name: /^Accent colour/ }).inputValue(),
  };
}

async function save(page: Page, values: { intro: string; accent: string }) {
  await page.goto('/admin/settings');
  await hydrated(page);
  await page.getByLabel('Careers page introduction').fill(values.intro);
  await page.getByRole('textbox', { name: /^Accent colour/ }).fill(values.accent);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Settings saved|Nothing had changed/ })).toBeVisible(ACTION);
}

test.describe('admin: company settings', () => {
  let original: { intro: string; accent: string } | undefined;

  // In a hook of its own, so the settings are put back even when the test failed or timed out.
  test.afterAll(async ({ browser, baseURL }) => {
    if (!original) return;
    test.setTimeout(120_000);
    const context = await browser.newContext({ baseURL, storageState: STORAGE.admin });
    await save(await context.newPage(), original);
    await context.close();
  });

  test('a new introduction and accent colour reach the public board at once', async ({ page }) => {
    test.slow(); // a save and board loads on a loaded CI machine
    original = await readForm(page);
    const intro = `We are hiring people who care. (${Date.now().toString(36)})`;
    await expectAccessible(page);
    await page.getByLabel('Careers page introduction').fill(intro);
    await page.getByRole('textbox', { name: /^Accent colour/ }).fill(NEW_ACCENT);
    // The preview follows the typed colour, with the text colour picked for it.
    await expect(page.getByText('Text on it: white, 5.4:1')).toBeVisible();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible(ACTION);
    await expectAccessible(page);

    // Saving revalidated the cached board: the very next request shows the new words.
    await page.goto('/jobs');
    await expect(page.getByText(intro)).toBeVisible();
    const shell = page.locator('div[style*="--accent"]').first();
    await expect(shell).toHaveAttribute('style', new RegExp(`--accent:\\s*${NEW_ACCENT}`));
    await expect(shell).toHaveAttribute('style', /--accent-foreground:\s*#ffffff/);
    await expectAccessible(page);
  });

  test('bad values are refused next to their fields, and nothing is saved', async ({ page }) => {
    const before = await readForm(page);
    await page.getByRole('textbox', { name: /^Accent colour/ }).fill('#ffee00');
    await page.getByLabel('Privacy and consent text').fill('');
    await page.getByLabel('Retention period (days)').fill('10');
    await page.getByLabel('Logo URL').fill('http://example.com/logo.png');
    await page.getByRole('button', { name: 'Save settings' }).click();

    const summary = page.getByRole('alert').filter({ hasText: 'Check the fields marked below.' });
    await expect(summary).toBeVisible();
    for (const message of [
      'Logo URL: Enter an image address starting with https://',
      'Accent colour: Choose a darker colour: #ffee00 has 1.2:1 contrast against white',
      'Privacy and consent text: Enter the privacy and consent text candidates agree to',
      'Retention period: Enter a whole number of days, at least 30',
    ]) {
      await expect(summary.getByRole('link', { name: new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })).toBeVisible();
    }
    await expect(page.getByLabel('Retention period (days)')).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page);

    expect(await readForm(page)).toEqual(before);
  });
});
