import { readFile } from 'node:fs/promises';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { db } from './support/db';
import { addApplicants, jobsOfThisSpec, moveInDb, stageNameOf, userId } from './support/pipeline-data';
import { STORAGE } from './support/storage';

// The demo hiring manager is on the hiring team of the Engineering jobs only; each test below
// makes a job of its own (closed, so it stays off the public board) and removes it afterwards.
test.use({ storageState: STORAGE.manager });
// Generous for a loaded CI machine, where a route or server action can take seconds to answer;
// on an idle machine these finish far sooner.
test.setTimeout(300_000);
const expect = baseExpect.configure({ timeout: 60_000 });

const job = jobsOfThisSpec(test);

/** Opens a job's applicant table and waits for its script ("Select all" only appears with it). */
async function openTable(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole('checkbox', { name: 'Select all on this page' })).toBeVisible();
}

const rows = (page: Page) => page.getByRole('table').getByRole('row').filter({ has: page.getByRole('cell') });
const card = (page: Page, title: string) => page.getByRole('article').filter({ has: page.getByRole('heading', { name: title }) });

test('the dashboard lists the manager’s own jobs only', async ({ page }) => {
  await page.goto('/dashboard');
  await expect(page.getByRole('heading', { level: 1, name: 'Your jobs' })).toBeVisible();
  const shown = await page.getByRole('main').getByRole('article').getByRole('heading', { level: 2 }).allTextContents();
  const manager = await userId('manager@example.com');
  const mine = (
    await db()<{ title: string }[]>`
      select j.title from jobs j join hiring_team_members t on t.job_id = j.id and t.user_id = ${manager}
      where j.status in ('published', 'closed')`
  ).map((j) => j.title);
  // Other specs add (and remove) "E2E …" jobs of their own meanwhile; every other job is fixed.
  const fixed = (titles: string[]) => titles.filter((t) => !t.startsWith('E2E ')).sort();
  expect(fixed(shown)).toEqual(fixed(mine));
  expect(shown.every((title) => mine.includes(title) || title.startsWith('E2E '))).toBe(true);
  await expect(card(page, 'Senior Software Engineer (Backend)')).toBeVisible();
  // A Design job and a People job: other hiring teams.
  await expect(page.getByRole('heading', { name: 'Product Designer' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'People Partner' })).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Jobs' })).toHaveAttribute('aria-current', 'page');
  await expectAccessible(page);
});

test('counts applicants as new until the manager opens the job', async ({ page }) => {
  const mine = await job('new');
  await addApplicants(mine.id, 3);
  await page.goto('/dashboard');
  await expect(card(page, mine.title).getByText('3 new')).toBeVisible();
  await card(page, mine.title).getByRole('link', { name: `Applicants for ${mine.title}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: mine.title })).toBeVisible();
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Jobs' }).click();
  await expect(card(page, mine.title).getByText('No new applicants')).toBeVisible();
  // addApplicants back-dates its rows by minutes (for a stable table order); this one must
  // arrive after the visit that was just recorded.
  const [late] = await addApplicants(mine.id, 1);
  await db()`update applications set submitted_at = clock_timestamp() where id = ${late!.id}`;
  await page.reload();
  await expect(card(page, mine.title).getByText('1 new')).toBeVisible();
});

test('sorts, filters, searches and pages the applicant table by keyset links', async ({ page }) => {
  const mine = await job('table');
  const people = await addApplicants(mine.id, 55);
  const newest = people.at(-1)!;
  await moveInDb(people[0]!.id, 'Screening');
  await moveInDb(people[1]!.id, 'Screening');
  const manager = await userId('manager@example.com');
  await db()`insert into ratings (application_id, user_id, score) values (${people[2]!.id}, ${manager}, 4)`;

  await openTable(page, `/dashboard/jobs/${mine.id}`);
  await expect(rows(page)).toHaveCount(50);
  await expect(rows(page).first()).toContainText(newest.name);
  await expect(page.getByRole('columnheader', { name: /Applied/ })).toHaveAttribute('aria-sort', 'descending');
  await expectAccessible(page);

  await page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/after=/);
  await expect(rows(page)).toHaveCount(5);
  await expect(rows(page).last()).toContainText(people[0]!.name);
  await page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: 'Previous page' }).click();
  await expect(page).toHaveURL(/before=/);
  await expect(rows(page)).toHaveCount(50);
  await expect(rows(page).first()).toContainText(newest.name);

  await page.getByRole('columnheader', { name: /^Name/ }).getByRole('link').click();
  await expect(page).toHaveURL(/sort=name/);
  await expect(rows(page).first()).toContainText(people[0]!.name);

  await page.getByLabel('Stage', { exact: true }).selectOption({ label: 'Screening (2)' });
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/stage=\d+/);
  await expect(rows(page)).toHaveCount(2);
  await expect(page.getByLabel('Stage', { exact: true })).toHaveValue(/\d+/);

  await page.getByRole('link', { name: 'Clear filters' }).click();
  // The next filter goes into the cleared page's form, not the one still on screen.
  await expect(page).not.toHaveURL(/stage=/);
  await expect(page.getByLabel('Stage', { exact: true })).toHaveValue('');
  await page.getByLabel('Minimum rating').selectOption({ label: '3 or higher' });
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText(people[2]!.name);
  await expect(rows(page).first()).toContainText('4');

  await page.getByLabel('Minimum rating').selectOption({ label: 'Any rating' });
  await page.getByLabel('Search by name or email').fill(people[7]!.email.toUpperCase());
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first().getByRole('link', { name: people[7]!.name })).toHaveAttribute('href', `/dashboard/applications/${people[7]!.id}`);
});

test('moves two applicants at once from the table', async ({ page }) => {
  const mine = await job('bulk');
  const [a, b, c] = await addApplicants(mine.id, 3);
  await openTable(page, `/dashboard/jobs/${mine.id}`);
  await page.getByRole('checkbox', { name: `Select ${a!.name}` }).check();
  await page.getByRole('checkbox', { name: `Select ${b!.name}` }).check();
  await page.getByLabel('Move selected to').selectOption({ label: 'Interview' });
  await page.getByRole('button', { name: 'Move selected' }).click();
  await expect(page.getByText('Moved 2 applicants to Interview')).toBeVisible();
  await expect(rows(page).filter({ hasText: a!.name })).toContainText('Interview');
  expect([await stageNameOf(a!.id), await stageNameOf(b!.id), await stageNameOf(c!.id)]).toEqual(['Interview', 'Interview', 'Applied']);

  // Rejecting needs a reason; without one nothing moves.
  await page.getByRole('checkbox', { name: `Select ${c!.name}` }).check();
  await page.getByRole('button', { name: 'Reject selected' }).click();
  await expect(page.getByText('Choose a reason for rejecting this applicant')).toBeVisible();
  expect(await stageNameOf(c!.id)).toBe('Applied');
  // The refusal keeps the selection, so only the reason is missing.
  await expect(page.getByRole('checkbox', { name: `Select ${c!.name}` })).toBeChecked();
  await page.getByLabel('Reason for rejection (required when rejecting)').selectOption({ label: 'Not enough relevant experience' });
  await page.getByLabel('Details (optional)').fill('Looking for more backend experience');
  await page.getByRole('button', { name: 'Reject selected' }).click();
  await expect(page.getByText('Moved 1 applicant to Rejected')).toBeVisible();
  expect(await stageNameOf(c!.id)).toBe('Rejected');
  await expectAccessible(page);
});

test('downloads the applicants as CSV with the table’s filters', async ({ page }) => {
  const mine = await job('csv');
  const [first] = await addApplicants(mine.id, 2, '=Formula');
  await openTable(page, `/dashboard/jobs/${mine.id}?q=${encodeURIComponent(first!.email)}`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export CSV' }).click()]);
  expect(download.suggestedFilename()).toBe(`${mine.slug}-applicants.csv`);
  const lines = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '').split('\r\n');
  expect(lines[0]).toBe('Name,Email,Phone,Stage,Rating,Ratings,Applied (UTC),Source,Reference');
  // Name and email both start with "=", so both get the leading quote that defuses a formula.
  expect(lines[1]).toMatch(new RegExp(`^'${first!.name},'${first!.email.replace(/[.+]/g, '\\$&')},,Applied,,0,`));
  expect(lines.filter(Boolean)).toHaveLength(2);

  const response = await page.request.get(`/dashboard/jobs/${mine.id}/export`);
  expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
  expect(response.headers()['cache-control']).toBe('no-store');
});

test('another team’s job is not found, page and export alike', async ({ page }) => {
  const theirs = await job('theirs', ['admin@example.com']);
  const response = await page.goto(`/dashboard/jobs/${theirs.id}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
  expect((await page.request.get(`/dashboard/jobs/${theirs.id}/export`)).status()).toBe(404);
  expect((await page.request.get(`/dashboard/jobs/${theirs.id}/board`)).status()).toBe(404);
});
