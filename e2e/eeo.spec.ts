import { createHash, randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { db } from './support/db';
import { addApplicants, jobsOfThisSpec } from './support/pipeline-data';
import { STORAGE } from './support/storage';

// Voluntary self-identification: an admin switches it on, a candidate answers on their status
// page, and the hiring manager of the job finds those answers nowhere; admins see aggregates only.
const makeJob = jobsOfThisSpec(test);

test.afterAll(async () => {
  await db()`update settings set eeo_enabled = false where id = 1`;
});

test('EEO answered by the candidate, then invisible to the hiring manager', async ({ browser }) => {
  test.setTimeout(3 * 60_000);
  const admin = await browser.newContext({ storageState: STORAGE.admin });
  const adminPage = await admin.newPage();
  await adminPage.goto('/admin/settings');
  await adminPage.getByLabel('Offer candidates the US voluntary self-identification questions (EEO) on their status page').check();
  await adminPage.getByRole('button', { name: 'Save hiring settings' }).click();
  await expect(adminPage.getByText('Hiring settings saved.')).toBeVisible();

  const job = await makeJob('eeo', ['manager@example.com']);
  const [applicant] = await addApplicants(job.id, 1, 'Eve');
  const token = randomBytes(32).toString('base64url');
  await db()`update applications set status_token_hash = ${createHash('sha256').update(token).digest('hex')} where id = ${applicant!.id}`;

  const candidate = await browser.newContext();
  const page = await candidate.newPage();
  await page.goto(`/applications/status/${token}`);
  const section = page.getByRole('region', { name: 'Voluntary self-identification' });
  await expect(section).toBeVisible();
  await expectAccessible(page);
  await section.getByRole('radio', { name: 'Female', exact: true }).check();
  await section.getByRole('radio', { name: /^Native Hawaiian or Other Pacific Islander/ }).check();
  await section.getByRole('radio', { name: 'I am not a protected veteran' }).check();
  await section.getByRole('radio', { name: 'Yes, I have a disability (or previously had a disability)' }).check();
  await section.getByRole('button', { name: 'Save my answers' }).click();
  await expect(page.getByText('Your answers are saved.')).toBeVisible();
  await expect(section.getByRole('radio', { name: 'Female', exact: true })).toBeChecked();
  const [stored] = await db()<{ gender: string; race: string }[]>`select gender, race from eeo_responses where application_id = ${applicant!.id}`;
  expect(stored).toEqual({ gender: 'female', race: 'native_hawaiian_pacific_islander' });
  await candidate.close();

  const manager = await browser.newContext({ storageState: STORAGE.manager });
  const managerPage = await manager.newPage();
  await managerPage.goto(`/dashboard/applications/${applicant!.id}`);
  await expect(managerPage.getByRole('heading', { level: 1 })).toContainText('Eve');
  const text = await managerPage.locator('main').innerText();
  expect(text).not.toMatch(/Female|Pacific Islander|protected veteran|disability|self-identification/i);
  const csv = await (await managerPage.request.get(`/dashboard/jobs/${job.id}/export`)).text();
  expect(csv).toContain(applicant!.email);
  expect(csv).not.toMatch(/female|Pacific|veteran|disability/i);
  const report = await managerPage.request.get('/admin/eeo', { maxRedirects: 0 });
  expect(report.status()).not.toBe(200);
  await manager.close();

  await adminPage.goto('/admin/eeo');
  await expect(adminPage.getByRole('heading', { level: 1, name: 'EEO report' })).toBeVisible();
  await expectAccessible(adminPage);
  await admin.close();
});
