import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { db } from './support/db';
import { addApplicants, jobsOfThisSpec, moveInDb } from './support/pipeline-data';
import { STORAGE } from './support/storage';

// Reports with filters, by a hiring manager: the GET filter form, a figure's table, the link to
// the applicants behind a number, its CSV, and a job of another team that shows nothing.
const makeJob = jobsOfThisSpec(test);

test('a hiring manager filters the reports to a job and follows a figure to its applicants', async ({ browser }) => {
  test.setTimeout(3 * 60_000);
  const team = await makeJob('reports', ['manager@example.com']);
  const other = await makeJob('reports-other', ['admin@example.com']);
  const applicants = await addApplicants(team.id, 4, 'Rita');
  await addApplicants(other.id, 2, 'Otto');
  await moveInDb(applicants[0]!.id, 'Screening');
  await db()`update applications set source = 'linkedin' where id = ${applicants[1]!.id}`;

  const manager = await browser.newContext({ storageState: STORAGE.manager });
  const page = await manager.newPage();
  await page.goto('/dashboard/reports');
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
  await expectAccessible(page);
  // The other team's job is not even a choice.
  await expect(page.getByLabel('Job').locator('option', { hasText: other.title })).toHaveCount(0);

  await page.getByLabel('Job').selectOption({ label: team.title });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]job=${team.id}(&|$)`));
  const funnel = page.getByRole('table', { name: 'Funnel as a table' });
  await expect(funnel.getByRole('row', { name: /^Applied/ })).toContainText('4');
  await expect(funnel.getByRole('row', { name: /^Screening/ })).toContainText('25%');
  await expect(page.getByRole('img', { name: 'Funnel by stage kind' })).toBeVisible();
  const sources = page.getByRole('table', { name: 'Sources: applications and hires as a table' });
  await expect(sources.getByRole('row', { name: /^Direct/ })).toContainText('3');
  await expect(sources.getByRole('row', { name: /^linkedin/ })).toContainText('1');
  await expectAccessible(page);

  const csv = await page.request.get(`/dashboard/reports/export?figure=funnel&job=${team.id}`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toContain('text/csv');
  expect(await csv.text()).toContain('Applied,4,\r\nScreening,1,25%\r\n');

  await funnel.getByRole('link', { name: /applicants: Screening/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Applications that reached Screening or later' })).toBeVisible();
  await expect(page.getByText('1 applications, newest first.')).toBeVisible();
  await expect(page.getByRole('link', { name: applicants[0]!.name })).toBeVisible();
  await expectAccessible(page);

  // A job id of another team in the URL matches nothing, to the page and to the CSV alike.
  await page.goto(`/dashboard/reports?job=${other.id}`);
  await expect(page.getByRole('table', { name: 'Funnel as a table' }).getByRole('row', { name: /^Applied/ })).toContainText('0');
  expect(await (await page.request.get(`/dashboard/reports/export?figure=funnel&job=${other.id}`)).text()).toContain('Applied,0,');
  await page.goto(`/dashboard/reports/applicants?job=${other.id}`);
  await expect(page.getByText('0 applications, newest first.')).toBeVisible();
  await manager.close();

  const admin = await browser.newContext({ storageState: STORAGE.admin });
  const adminCsv = await admin.request.get(`/dashboard/reports/export?figure=funnel&job=${other.id}`);
  expect(await adminCsv.text()).toContain('Applied,2,');
  await admin.close();
});
