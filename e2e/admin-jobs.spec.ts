import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectConfirmation, fillApplication } from './support/apply-form';
import { expectAccessible } from './support/axe';
import { db } from './support/db';
import { uniqueEmail } from './support/files';
import { STORAGE } from './support/storage';

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const CLOSED = 'This job is no longer accepting applications';

async function payRangeRequired(): Promise<boolean> {
  const [row] = await db()<{ required: boolean }[]>`select require_pay_range as required from settings where id = 1`;
  return row?.required ?? true;
}

async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Publish job' }).click();
  await page.waitForURL(/notice=publish$/);
  await expect(page.getByText('Job published. It is on the public board now.')).toBeVisible();
}

test.describe('managing jobs as an admin', () => {
  test.use({ storageState: STORAGE.admin });

  test('create a job, publish it once it is complete, take an application, close it', async ({ page }) => {
    test.slow();
    const title = `E2E Platform Engineer ${unique()}`;
    await page.goto('/admin/jobs/new');
    await expectAccessible(page);
    await page.getByLabel('Title').fill(title);
    const slug = await page.getByLabel('URL slug').inputValue();
    expect(slug).toBe(title.toLowerCase().replace(/ /g, '-'));
    await page.getByLabel('Workplace').selectOption('remote');
    await page.getByLabel('Employment type').selectOption('full_time');
    await page.getByRole('button', { name: 'Create draft' }).click();
    await page.waitForURL(/\/admin\/jobs\/\d+\?notice=created$/);
    const editUrl = page.url().replace(/\?.*$/, '');
    await expect(page.getByText('Draft created.')).toBeVisible();
    await expectAccessible(page);

    // Publishing names every missing item.
    await page.getByRole('button', { name: 'Publish job' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: "This job can't be published yet. It needs:" });
    const missing = ['A description', 'A location with a country or remote area'];
    if (await payRangeRequired()) missing.push('A pay range (minimum, maximum, currency and period)');
    // No navigation to wait for: the refusal comes back into the page, after a server round trip.
    await expect(refusal.getByRole('listitem')).toHaveText(missing, { timeout: 30_000 });
    await expect(page.locator(':focus')).toContainText("This job can't be published yet.");
    await expectAccessible(page);

    await page.getByLabel('Location').selectOption({ label: 'Austin, TX, United States' });
    await page.getByLabel('Minimum pay').fill('120000');
    await page.getByLabel('Maximum pay').fill('150000');
    await page.getByLabel('Pay period').selectOption('year');
    await page.getByLabel(/^Description/).fill('## About the role\n\nBuild **Portico** with us.');
    const preview = page.getByRole('region', { name: 'Preview' });
    await expect(preview.getByRole('heading', { name: 'About the role' })).toBeVisible();
    await expect(preview.locator('strong')).toHaveText('Portico');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL(/notice=saved$/);
    await publish(page);

    await page.goto('/jobs');
    await expect(page.getByRole('link', { name: title })).toBeVisible();
    await page.goto(`/jobs/${slug}/apply`);
    await fillApplication(page, { email: uniqueEmail('admin-jobs') });
    await page.getByRole('button', { name: 'Submit application' }).click();
    await expectConfirmation(page);

    await page.goto(editUrl);
    await page.getByRole('button', { name: 'Close job' }).click();
    await page.waitForURL(/notice=close$/);
    await expect(page.getByText('Job closed. It no longer accepts applications.')).toBeVisible();
    await page.goto(`/jobs/${slug}`);
    await expect(page.getByText(CLOSED)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Apply for this job' })).toHaveCount(0);
    await page.goto(`/jobs/${slug}/apply`);
    await expect(page.getByText(CLOSED)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Submit application' })).toHaveCount(0);
  });

  test('import the company posting from its text and publish it', async ({ page }) => {
    test.slow();
    const text = readFileSync(path.join(process.cwd(), 'db/seed-data/senior-software-engineer-backend.txt'), 'utf8');
    await page.goto('/admin/jobs/import');
    await expectAccessible(page);
    await page.getByLabel('Job description text').fill(text);
    await page.getByRole('button', { name: 'Import' }).click();
    // No navigation to wait for: the draft comes back into the page, after a server round trip.
    await expect(page.getByText('Check the draft before you save it')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText('No employment type found (full-time, part-time, contract…)')).toBeVisible();
    await expect(page.getByLabel('Title')).toHaveValue('Senior Software Engineer (Backend)');
    await expect(page.getByLabel('Minimum pay')).toHaveValue('11670.34');
    await expect(page.getByLabel('Maximum pay')).toHaveValue('14174.54');
    await expect(page.getByRole('region', { name: 'Preview' }).getByRole('heading', { name: 'Key responsibilities' })).toBeVisible();
    await expectAccessible(page);

    const slug = `imported-backend-${unique()}`;
    await page.getByLabel('URL slug').fill(slug);
    await page.getByLabel('Department').selectOption({ label: 'Engineering' });
    await page.getByLabel('Location').selectOption({ label: 'Austin, TX, United States' });
    await page.getByLabel('Employment type').selectOption('full_time');
    await page.getByRole('button', { name: 'Create draft' }).click();
    await page.waitForURL(/notice=created$/);
    const editUrl = page.url().replace(/\?.*$/, '');
    await publish(page);

    await page.goto(`/jobs/${slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Senior Software Engineer (Backend)');
    await expect(page.getByText('$11,670.34 – $14,174.54 per month')).toBeVisible();

    // Close the copy again, so the board shows the company's one posting to the other specs.
    await page.goto(editUrl);
    await page.getByRole('button', { name: 'Close job' }).click();
    await page.waitForURL(/notice=close$/);
  });

  test('two admins editing one job: the later save is refused and keeps its edits', async ({ page, browser }) => {
    test.slow();
    await page.goto('/admin/jobs/new');
    await page.getByLabel('Title').fill(`E2E Conflict ${unique()}`);
    await page.getByLabel('Workplace').selectOption('on_site');
    await page.getByLabel('Employment type').selectOption('contract');
    await page.getByRole('button', { name: 'Create draft' }).click();
    await page.waitForURL(/notice=created$/);
    const editUrl = page.url().replace(/\?.*$/, '');

    const otherAdmin = await browser.newContext({ storageState: STORAGE.admin });
    const other = await otherAdmin.newPage();
    await other.goto(editUrl);
    await page.getByLabel('Summary').fill('Saved first.');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL(/notice=saved$/);

    await other.getByLabel('Summary').fill('Saved second, over an old version.');
    await other.getByRole('button', { name: 'Save changes' }).click();
    await expect(other.getByText('This job was changed by someone else while you were editing. Reload to see their changes; your edits are kept below.')).toBeVisible({ timeout: 30_000 });
    await expect(other.getByLabel('Summary')).toHaveValue('Saved second, over an old version.');
    await expect(other.getByRole('link', { name: 'Reload the job to see what was saved' })).toBeVisible();
    await expectAccessible(other);
    await otherAdmin.close();

    await page.reload();
    await expect(page.getByLabel('Summary')).toHaveValue('Saved first.');
  });

  test('lists jobs by status and title', async ({ page }) => {
    await page.goto('/admin/jobs?status=published&q=Senior%20Software%20Engineer');
    await expect(page.getByRole('link', { name: 'Published', exact: true })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('link', { name: 'Senior Software Engineer (Backend)' }).first()).toBeVisible();
    await expectAccessible(page);
  });

  test('departments and locations: add, rename, delete, and a clear refusal while in use', async ({ page }) => {
    test.slow();
    const name = `E2E Research ${unique()}`;
    await page.goto('/admin/departments');
    await expectAccessible(page);
    await page.getByLabel('Name').fill(name);
    await page.getByRole('button', { name: 'Add department' }).click();
    await page.waitForURL(/created=\d+$/);
    await expect(page.getByText('Department added.')).toBeVisible();
    await page.getByRole('link', { name }).click();
    await expectAccessible(page);
    await page.getByLabel('Name').fill(`${name} Lab`);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL(/notice=saved$/);
    await expect(page.getByText('Department saved.')).toBeVisible();
    await page.getByRole('link', { name: `${name} Lab` }).click();
    await page.getByRole('button', { name: 'Delete department' }).click();
    await page.waitForURL(/notice=deleted$/);
    await expect(page.getByText('Department deleted.')).toBeVisible();
    await expect(page.getByRole('link', { name: `${name} Lab` })).toHaveCount(0);

    await page.getByRole('link', { name: 'Engineering', exact: true }).click();
    await page.getByRole('button', { name: 'Delete department' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: "This department can't be deleted:" });
    await expect(refusal).toContainText('Move those jobs to another department first.', { timeout: 30_000 });

    const city = `Porto ${unique()}`;
    await page.goto('/admin/locations');
    await expectAccessible(page);
    await page.getByLabel('City').fill(city);
    await page.getByLabel('Country').selectOption('PT');
    await page.getByRole('button', { name: 'Add location' }).click();
    await page.waitForURL(/created=\d+$/);
    await expect(page.getByText('Location added.')).toBeVisible();
    await page.getByRole('link', { name: `${city}, Portugal` }).click();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Delete location' }).click();
    await page.waitForURL(/notice=deleted$/);
    await expect(page.getByText('Location deleted.')).toBeVisible();
  });

  test('the closing-date sweep can be run by an admin', async ({ page }) => {
    const response = await page.request.post('/api/internal/close-expired-jobs');
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ closed: expect.any(Array) });
  });
});

test.describe('a hiring manager', () => {
  test.use({ storageState: STORAGE.manager });

  test('gets a 404 from the admin job pages and cannot run the sweep', async ({ page }) => {
    for (const url of ['/admin/jobs', '/admin/jobs/new', '/admin/jobs/import', '/admin/departments', '/admin/locations']) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(404);
    }
    expect((await page.request.post('/api/internal/close-expired-jobs')).status()).toBe(403);
  });
});
