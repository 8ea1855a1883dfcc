import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { expectConfirmation, fillApplication } from './support/apply-form';
import { expectAccessible } from './support/axe';
import { resumePdfSaying, uniqueEmail } from './support/files';
import { STORAGE } from './support/storage';

// The candidate database: a resume sent through the apply form is read (the worker's indexer,
// run here as the `npm run index-resumes` command, since the suite's server runs no worker) and
// found by its words at /dashboard/candidates, by the team of that job only.

const TEAM_JOB = 'senior-software-engineer-backend';
const OTHER_JOB = 'product-designer';
/** A made-up skill no other data holds (letters only: it stems to itself). */
const uniqueSkill = (prefix: string) => `${prefix}${randomUUID().replace(/[^a-f]/g, '').slice(0, 8)}`;

function indexResumes() {
  execFileSync(process.execPath, ['--import', 'tsx', '--conditions=react-server', 'scripts/index-resumes.ts'], { env: process.env, stdio: 'pipe', timeout: 120_000 });
}

test('a resume’s words find its candidate for the job’s team, and only for them', async ({ browser }) => {
  test.setTimeout(3 * 60_000);
  const skill = uniqueSkill('quarkly');
  const otherSkill = uniqueSkill('zentro');
  const teamEmail = uniqueEmail('resume-search');
  const candidate = await browser.newContext();
  const page = await candidate.newPage();
  for (const [job, email, lastName, word] of [
    [TEAM_JOB, teamEmail, 'Searchable', skill],
    [OTHER_JOB, uniqueEmail('resume-elsewhere'), 'Elsewhere', otherSkill],
  ] as const) {
    await page.goto(`/jobs/${job}/apply`);
    await fillApplication(page, { email, lastName, resume: resumePdfSaying(`${word}.pdf`, ['Jane Doe, backend engineer', `Ran ${word} in production for five years`]) });
    // The designer job asks one question of its own.
    if (job === OTHER_JOB) await page.getByRole('group', { name: /Which design tool/ }).getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Submit application' }).click();
    await expectConfirmation(page);
  }
  await candidate.close();
  indexResumes();

  const manager = await browser.newContext({ storageState: STORAGE.manager });
  const managerPage = await manager.newPage();
  await managerPage.goto('/dashboard');
  await managerPage.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Candidates' }).click();
  await expect(managerPage.getByRole('heading', { level: 1, name: 'Candidates' })).toBeVisible();
  await managerPage.getByLabel('Name, email, tag, source or words in their resume').fill(skill);
  await managerPage.getByRole('button', { name: 'Search', exact: true }).click();
  // The pool choice (there may be pools from other specs) rides along, empty.
  await expect(managerPage).toHaveURL(new RegExp(`/dashboard/candidates\\?q=${skill}(&pool=)?$`));
  await expect(managerPage.getByRole('main').getByRole('status')).toHaveText(`1 candidate matches “${skill}”.`);
  const card = managerPage.getByRole('listitem').filter({ has: managerPage.getByRole('heading', { name: 'Jane Searchable' }) });
  await expect(card.getByText(teamEmail)).toBeVisible();
  await expect(card.locator('mark')).toHaveText(skill);
  await expectAccessible(managerPage);
  // The application link leads to the applicant page.
  await card.getByRole('link', { name: 'Senior Software Engineer (Backend)' }).click();
  await expect(managerPage.getByRole('heading', { level: 1 })).toContainText('Jane Searchable');

  // Tag the person on their applicant page; the tag finds them, in normal form.
  const tags = managerPage.locator('[aria-labelledby="tags-heading"]');
  await tags.getByLabel('Add a tag').fill(`  Rust   Mentor ${skill.slice(-4)}`);
  await tags.getByRole('button', { name: 'Add tag' }).click();
  const tag = `rust mentor ${skill.slice(-4)}`;
  await expect(tags.getByRole('status').filter({ hasText: 'Tagged' })).toHaveText(`Tagged “${tag}”`);
  await expect(tags.getByRole('list', { name: 'Tags' })).toContainText(tag);
  await tags.getByLabel('Add a tag').fill('<b>');
  await tags.getByRole('button', { name: 'Add tag' }).click();
  await expect(tags.getByLabel('Add a tag')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(managerPage);
  await managerPage.goto(`/dashboard/candidates?q=${encodeURIComponent(tag)}`);
  await expect(managerPage.getByRole('list', { name: 'Tags of Jane Searchable' })).toHaveText(tag);

  // The other job's applicant exists, but not for this manager.
  await managerPage.goto(`/dashboard/candidates?q=${otherSkill}`);
  await expect(managerPage.getByRole('heading', { name: `No candidates match “${otherSkill}”` })).toBeVisible();
  await manager.close();

  const admin = await browser.newContext({ storageState: STORAGE.admin });
  const adminPage = await admin.newPage();
  await adminPage.goto(`/dashboard/candidates?q=${otherSkill}`);
  await expect(adminPage.getByRole('heading', { name: 'Jane Elsewhere' })).toBeVisible();
  await admin.close();
});

test('the search works without JavaScript and shows hostile text as text', async ({ browser }) => {
  const context = await browser.newContext({ storageState: STORAGE.manager, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/dashboard/candidates');
  const hostile = '<img src=x onerror=alert(1)> "unclosed';
  await page.getByLabel('Name, email, tag, source or words in their resume').fill(hostile);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.getByRole('heading', { name: `No candidates match “${hostile}”` })).toBeVisible();
  await expect(page.locator('main img')).toHaveCount(0);
  await context.close();
});

test('a manager adds a referred candidate by hand: every mistake is named, then they are on the job', async ({ browser }) => {
  const context = await browser.newContext({ storageState: STORAGE.manager });
  const page = await context.newPage();
  await page.goto('/dashboard/candidates');
  await page.getByRole('link', { name: 'Add a candidate' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add a candidate' })).toBeVisible();
  await expectAccessible(page);

  const email = uniqueEmail('referred');
  await page.getByLabel('First name').fill('Rita');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Referred by an employee').check();
  await page.getByRole('button', { name: 'Add candidate' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Nothing was saved' });
  await expect(summary).toContainText('Job: Choose the job to put them on');
  await expect(summary).toContainText('Last name: Enter their last name');
  await expect(summary).toContainText('Referred by (for referrals): Choose the employee who referred them');
  // What was typed stays.
  await expect(page.getByLabel('First name')).toHaveValue('Rita');
  await expect(page.getByLabel('Referred by an employee')).toBeChecked();
  await expectAccessible(page);

  await page.getByLabel('Job').selectOption({ label: 'Senior Software Engineer (Backend)' });
  await page.getByLabel('Last name').fill('Referred');
  const referrer = page.getByLabel('Referred by (for referrals)');
  await referrer.selectOption((await referrer.locator('option', { hasText: 'admin@example.com' }).getAttribute('value'))!);
  await page.getByRole('button', { name: 'Add candidate' }).click();
  await expect(page).toHaveURL(/\/dashboard\/applications\/\d+\?added=1$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rita Referred');
  await expect(page.getByText('Added to Senior Software Engineer (Backend).')).toBeVisible();
  await expect(page.getByText(/^Referred by /)).toBeVisible();

  await page.goto(`/dashboard/candidates?q=${encodeURIComponent(email)}`);
  await expect(page.getByRole('main').getByText('via referral')).toBeVisible();
  await context.close();
});

test('an admin merges two records of one person; a hiring manager is not offered it', async ({ browser }) => {
  const [first, second] = [uniqueEmail('merge-keep'), uniqueEmail('merge-dup')];
  const candidate = await browser.newContext();
  const page = await candidate.newPage();
  for (const [job, email] of [
    [TEAM_JOB, first],
    [OTHER_JOB, second],
  ] as const) {
    await page.goto(`/jobs/${job}/apply`);
    await fillApplication(page, { email, lastName: 'Twice' });
    if (job === OTHER_JOB) await page.getByRole('group', { name: /Which design tool/ }).getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Submit application' }).click();
    await expectConfirmation(page);
  }
  await candidate.close();

  const admin = await browser.newContext({ storageState: STORAGE.admin });
  const adminPage = await admin.newPage();
  await adminPage.goto(`/dashboard/candidates?q=${encodeURIComponent(first)}`);
  await adminPage.getByRole('link', { name: 'Senior Software Engineer (Backend)' }).click();
  const merge = adminPage.locator('[aria-labelledby="merge-heading"]');
  await merge.getByLabel('Email of the other record').fill(first);
  await merge.getByRole('button', { name: 'Merge into this candidate' }).click();
  await expect(merge.getByText('That is this candidate’s own email address')).toBeVisible();
  await merge.getByLabel('Email of the other record').fill(second);
  await merge.getByRole('button', { name: 'Merge into this candidate' }).click();
  await expect(merge.getByRole('status')).toHaveText('Merged: 1 application moved to this candidate.');
  await expectAccessible(adminPage);
  // One person now, with both applications.
  await adminPage.goto(`/dashboard/candidates?q=${encodeURIComponent(first)}`);
  await expect(adminPage.getByRole('list', { name: 'Applications of Jane Twice' })).toContainText('Product Designer');
  await adminPage.goto(`/dashboard/candidates?q=${encodeURIComponent(second)}`);
  await expect(adminPage.getByRole('heading', { name: `No candidates match “${second}”` })).toBeVisible();
  await admin.close();

  const manager = await browser.newContext({ storageState: STORAGE.manager });
  const managerPage = await manager.newPage();
  await managerPage.goto(`/dashboard/candidates?q=${encodeURIComponent(first)}`);
  await managerPage.getByRole('link', { name: 'Senior Software Engineer (Backend)' }).click();
  await expect(managerPage.getByRole('heading', { level: 1 })).toContainText('Jane Twice');
  await expect(managerPage.getByText('Merge a duplicate record')).toHaveCount(0);
  await manager.close();
});

test('a manager starts a talent pool, puts a candidate in it, and finds the pool’s people', async ({ browser }) => {
  const email = uniqueEmail('pooled');
  const candidate = await browser.newContext();
  const page = await candidate.newPage();
  await page.goto(`/jobs/${TEAM_JOB}/apply`);
  await fillApplication(page, { email, lastName: 'Pooled' });
  await page.getByRole('button', { name: 'Submit application' }).click();
  await expectConfirmation(page);
  await candidate.close();

  const context = await browser.newContext({ storageState: STORAGE.manager });
  const manager = await context.newPage();
  const pool = `Runners-up ${randomUUID().slice(0, 6)}`;
  await manager.goto('/dashboard/candidates');
  await manager.getByRole('link', { name: 'Talent pools' }).click();
  await manager.getByLabel('New pool’s name').fill(pool);
  await manager.getByRole('button', { name: 'Create pool' }).click();
  await expect(manager.getByText(`Pool “${pool}” created`)).toBeVisible();
  await expect(manager.getByRole('list', { name: 'Talent pools' })).toContainText(pool);
  await expectAccessible(manager);

  await manager.goto(`/dashboard/candidates?q=${encodeURIComponent(email)}`);
  await manager.getByRole('link', { name: 'Senior Software Engineer (Backend)' }).click();
  const pools = manager.locator('[aria-labelledby="pools-heading"]');
  await pools.getByLabel('Add to a pool').selectOption({ label: pool });
  await pools.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(pools.getByRole('list', { name: 'Pools of this candidate' })).toContainText(pool);
  await pools.getByRole('link', { name: pool }).click();
  await expect(manager.getByRole('main').getByRole('status')).toHaveText(`1 candidate in “${pool}”.`);
  await expect(manager.getByRole('heading', { name: 'Jane Pooled' })).toBeVisible();
  await context.close();
});
