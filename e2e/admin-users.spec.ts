import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { db } from './support/db';
import { uniqueEmail } from './support/files';
import { STORAGE } from './support/storage';

// The admin's side runs in the saved admin state; each invitee gets a fresh browser of their own.
test.use({ storageState: STORAGE.admin });

const PASSWORD = 'a long passphrase for e2e';
const TEAM_JOB = { slug: 'senior-software-engineer-backend', title: 'Senior Software Engineer (Backend)' };
// A server action's answer: on a loaded CI machine a round trip can take a while.
const ACTION = { timeout: 30_000 };

/** On a loaded machine React hydrates late, and text typed before it owns a form can be mangled. */
async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const form = document.querySelector('main form');
    return form !== null && Object.keys(form).some((key) => key.startsWith('__reactProps'));
  });
}

/** Invites a hiring manager; returns their set-password link and the path of their user page. */
async function invite(page: Page, name: string, email: string): Promise<{ link: string; userPath: string }> {
  await page.goto('/admin/users/new');
  await hydrated(page);
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Role').selectOption({ label: 'Hiring manager' });
  await page.getByRole('button', { name: 'Invite user' }).click();
  const link = page.getByLabel('Set-password link');
  await expect(link).toBeVisible(ACTION);
  const userPath = await page.getByRole('link', { name: 'Open their user page' }).getAttribute('href');
  return { link: await link.inputValue(), userPath: userPath ?? '' };
}

/** A browser with no session; the link's path is opened, whatever host APP_URL names. */
async function openLink(browser: Browser, baseURL: string | undefined, link: string, { form = true } = {}) {
  const context = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  const url = new URL(link);
  expect(url.pathname).toBe('/set-password');
  await page.goto(`${url.pathname}${url.search}`);
  // A retired or expired link shows a message and no form, so there is nothing to hydrate.
  if (form) await hydrated(page);
  return { context, page };
}

test.describe('admin: users and hiring teams', () => {
  test('an invitee sets a password, signs in, joins a team, and is signed out when deactivated', async ({ page, browser, baseURL }) => {
    // One journey across two browsers with an axe scan on every page: long on a loaded machine.
    test.setTimeout(300_000);
    const email = uniqueEmail('invitee');
    const name = `Ivy ${email.slice(8, 18)}`;

    await page.goto('/admin/users');
    await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Invite a user' }).click();
    await page.waitForURL('**/admin/users/new');
    await expect(page.getByRole('heading', { level: 1, name: 'Invite a user' })).toBeVisible();
    await expectAccessible(page);
    const { link, userPath } = await invite(page, name, email);
    await expect(page.getByRole('status').filter({ hasText: `${name} is invited.` })).toBeVisible();
    await expectAccessible(page);

    // The invitee, in a browser of their own.
    const invitee = await openLink(browser, baseURL, link);
    await expect(invitee.page.getByRole('heading', { level: 1, name: 'Set your password' })).toBeVisible();
    await expect(invitee.page.getByLabel('Email')).toHaveValue(email);
    await expectAccessible(invitee.page);
    await invitee.page.getByLabel('New password').fill('too short');
    await invitee.page.getByLabel('Confirm password').fill('too short');
    await invitee.page.getByRole('button', { name: 'Set password' }).click();
    // Checked in the browser with the action's own schema: no round trip.
    await expect(invitee.page.getByRole('alert').filter({ hasText: 'Choose a password of at least 12 characters' })).toBeVisible();
    await invitee.page.getByLabel('New password').fill(PASSWORD);
    await invitee.page.getByLabel('Confirm password').fill(PASSWORD);
    await invitee.page.getByRole('button', { name: 'Set password' }).click();
    await invitee.page.waitForURL(/\/sign-in$/);
    await hydrated(invitee.page);

    // The one sign-in of this spec (sign-in is rate limited per IP).
    await invitee.page.getByLabel('Email').fill(email);
    await invitee.page.getByLabel('Password').fill(PASSWORD);
    await invitee.page.getByRole('button', { name: 'Sign in' }).click();
    await invitee.page.waitForURL(/\/dashboard/);

    // The link worked once.
    const reused = await invitee.context.newPage();
    await reused.goto(new URL(link).pathname + new URL(link).search);
    await expect(reused.getByText('This link has been used already.')).toBeVisible();

    // The admin puts them on a job's hiring team.
    await page.goto('/admin/teams');
    await expectAccessible(page);
    await expect(page.getByRole('link', { name: `Manage team for ${TEAM_JOB.title}` }).first()).toBeVisible();
    // Other specs import jobs with the same title: the seeded one is found by its slug.
    const [job] = await db()<{ id: number }[]>`select id from jobs where slug = ${TEAM_JOB.slug}`;
    await page.goto(`/admin/teams/${job!.id}`);
    await expect(page.getByRole('heading', { level: 1, name: `Hiring team: ${TEAM_JOB.title}` })).toBeVisible();
    await hydrated(page);
    await page.getByLabel('Person').selectOption({ label: `${name} (${email}) · Hiring manager` });
    await page.getByRole('button', { name: 'Add to team' }).click();
    await expect(page.getByRole('status').filter({ hasText: `${name} is on the team now.` })).toBeVisible(ACTION);
    await expect(page.getByRole('button', { name: `Remove ${name} from the team` })).toBeVisible();
    await expectAccessible(page);

    // Then deactivates them: their very next request is signed out.
    await page.goto(userPath);
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await hydrated(page);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Deactivate' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Deactivated.' })).toBeVisible(ACTION);
    await expect(page.getByRole('button', { name: 'Reactivate' })).toBeVisible();

    await invitee.page.goto('/dashboard');
    await expect(invitee.page).toHaveURL(/\/sign-in/);
    await invitee.context.close();

    // Every step is in the audit log.
    await page.goto('/admin/audit?type=user');
    await expectAccessible(page);
    for (const action of ['user.deactivated', 'user.invitation_accepted', 'user.invited']) {
      await hydrated(page);
      await page.getByLabel('Action').selectOption(action);
      await page.getByRole('button', { name: 'Filter' }).click();
      await page.waitForURL(new RegExp(`action=${action.replace('.', '\\.')}`));
      await expect(page.getByRole('article').first()).toContainText(action);
    }
  });

  test('inviting an address twice offers a new link, which retires the old one', async ({ page, browser, baseURL }) => {
    test.slow(); // three server actions and two browsers
    const email = uniqueEmail('twice');
    const { link: first } = await invite(page, 'Theo Twice', email);
    await page.goto('/admin/users/new');
    await hydrated(page);
    await page.getByLabel('Name').fill('Theo Twice');
    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Invite user' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'has been invited already' }).first()).toBeVisible(ACTION);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Send a new link' }).click();
    await expect(page.getByText('A new link is ready.')).toBeVisible(ACTION);
    const second = await page.getByLabel('Set-password link').inputValue();
    expect(second).not.toBe(first);

    const old = await openLink(browser, baseURL, first, { form: false });
    await expect(old.page.getByText('This link has expired.')).toBeVisible();
    await expectAccessible(old.page);
    await old.context.close();
  });

  test('an invitation sent to the wrong address can be cancelled, and its link stops working', async ({ page, browser, baseURL }) => {
    const { link, userPath } = await invite(page, 'Wanda Wrong', uniqueEmail('wrong'));
    await page.goto(userPath);
    await hydrated(page);
    await page.getByRole('button', { name: 'Cancel invitation' }).click();
    await expect(page.getByText('Invitation cancelled. The link no longer works.')).toBeVisible(ACTION);
    await expectAccessible(page);
    const old = await openLink(browser, baseURL, link, { form: false });
    await expect(old.page.getByText('This link has expired.')).toBeVisible();
    await old.context.close();
  });

  test('an admin cannot demote or deactivate themselves', async ({ page }) => {
    await page.goto('/admin');
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
    await expectAccessible(page);
    await page.goto('/admin/users');
    await page.getByRole('link', { name: 'Avery Admin' }).click();
    await page.waitForURL(/\/admin\/users\/[0-9a-f-]{36}$/);
    await expect(page.getByText('You can’t change your own role.')).toBeVisible();
    await expect(page.getByText('You can’t deactivate your own account.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Deactivate' })).toHaveCount(0);
    await expectAccessible(page);
  });
});

test.describe('admin pages for a hiring manager', () => {
  test.use({ storageState: STORAGE.manager });

  test('answer 404, revealing nothing', async ({ page }) => {
    for (const path of ['/admin', '/admin/users', '/admin/users/new', '/admin/teams', '/admin/settings', '/admin/audit']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
  });
});
