import { readFile } from 'node:fs/promises';
import { expect as baseExpect, test, type Browser, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { expectAccessible } from './support/axe';
import { expectConfirmation, fillApplication } from './support/apply-form';
import { db } from './support/db';
import { uniqueEmail } from './support/files';
import { STORAGE } from './support/storage';

// The candidate's side after applying: the confirmation email in the outbox, the private status
// link it carries, withdrawing and deleting. Each test applies as its own candidate.
const JOB = 'senior-software-engineer-backend';
const JOB_TITLE = 'Senior Software Engineer (Backend)';
const expect = baseExpect.configure({ timeout: 30_000 });
const STATUS_LINK = /https?:\/\/[^\s]+\/applications\/status\/[A-Za-z0-9_-]{43}/;

async function apply(page: Page, firstName: string): Promise<{ email: string; reference: string }> {
  const email = uniqueEmail('status');
  await page.goto(`/jobs/${JOB}/apply`);
  await fillApplication(page, { email, firstName, lastName: 'Status' });
  await page.getByRole('button', { name: 'Submit application' }).click();
  await page.waitForURL(/\/apply\/submitted\?ref=/, { timeout: 60_000 });
  return { email, reference: await expectConfirmation(page) };
}

/** The status link as the candidate's email carries it, read from the queued message. */
async function statusLinkFromOutbox(email: string): Promise<string> {
  const [row] = await db()<{ text: string }[]>`select text from email_outbox where to_address = ${email} and kind = 'application-confirmation'`;
  const link = STATUS_LINK.exec(row?.text ?? '')?.[0];
  if (!link) throw new Error(`No confirmation with a status link queued for ${email}`);
  return new URL(link).pathname;
}

async function asUser(browser: Browser, baseURL: string | undefined, storageState: string) {
  const context = await browser.newContext({ baseURL, storageState });
  return { page: await context.newPage(), close: () => context.close() };
}

test.describe('signed in as an admin (the public pages need no session, so one browser does both)', () => {
  test.use({ storageState: STORAGE.admin });

  test('apply → the confirmation in the admin outbox → status link → withdraw → the hiring manager sees it', async ({ page, browser, baseURL }) => {
    test.setTimeout(4 * 60_000);
    const firstName = `Wren${Date.now().toString(36)}`;
    const { email, reference } = await apply(page, firstName);

    // The admin finds the confirmation in the outbox and reads the link in its text.
    await page.goto('/admin/outbox');
    await expect(page.getByRole('heading', { level: 1, name: 'Email outbox' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Worker health' })).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: email });
    await expect(row).toHaveCount(1);
    await expectAccessible(page);
    await row.getByRole('link', { name: `We received your application for ${JOB_TITLE}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: `We received your application for ${JOB_TITLE}` })).toBeVisible();
    const text = await page.getByRole('region', { name: 'Plain text' }).locator('pre').innerText();
    expect(text).toContain(`Hello ${firstName},`);
    expect(text).toContain(reference);
    // The HTML part is escaped source here and a document of its own under a sandbox CSP.
    const htmlHref = await page.getByRole('link', { name: 'Open the HTML version' }).getAttribute('href');
    const rendered = await page.request.get(htmlHref!);
    expect(rendered.headers()['content-security-policy']).toContain('sandbox');
    expect(await rendered.text()).toContain('<a href=');
    await expect(page.getByRole('region', { name: 'HTML' }).locator('pre')).toContainText('<a href=');
    await expectAccessible(page);
    const link = new URL(STATUS_LINK.exec(text)?.[0] ?? '').pathname;

    // The candidate opens the link: private, unindexed, and no Referer carries the token away.
    const response = await page.goto(link);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['referrer-policy']).toBe('no-referrer');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    await expect(page.getByRole('heading', { level: 1, name: 'Your application' })).toBeVisible();
    await expect(page.getByText('Received', { exact: true })).toBeVisible();
    await expect(page.getByText(reference)).toBeVisible();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Withdraw my application' }).click();
    await expect(page.getByRole('heading', { name: 'Withdraw your application?' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Yes, withdraw my application' }).click();
    await expect(page.getByRole('status')).toContainText('Application withdrawn');
    await expect(page.getByText('Withdrawn', { exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Withdraw my application' })).toHaveCount(0);
    await expectAccessible(page);

    const [app] = await db()<{ id: number }[]>`select id from applications where reference = ${reference}`;
    const manager = await asUser(browser, baseURL, STORAGE.manager);
    await manager.page.goto(`/dashboard/applications/${app!.id}`, { waitUntil: 'domcontentloaded' });
    await expect(manager.page.getByRole('heading', { level: 1, name: `${firstName} Status` })).toBeVisible();
    await expect(manager.page.getByText(/Withdrawn by the candidate on/)).toBeVisible();
    await manager.close();
  });
});

test.describe('subject access', () => {
  test.use({ storageState: STORAGE.admin });

  /** The ZIP a download link hands over, unpacked. */
  async function downloadZip(page: Page, linkName: string) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: linkName }).click()]);
    expect(download.suggestedFilename()).toMatch(/^portico-data-\d{4}-\d{2}-\d{2}\.zip$/);
    const entries = unzipSync(new Uint8Array(await readFile((await download.path())!)));
    return { entries, data: JSON.parse(strFromU8(entries['data.json']!)) as { scope: string; candidate: { email: string }; applications: { reference: string }[]; emails: { to: string }[] } };
  }

  test('a candidate downloads everything held about them from the status page; an admin from the applicant page, audited', async ({ page }) => {
    test.setTimeout(4 * 60_000);
    const { email, reference } = await apply(page, `Sara${Date.now().toString(36)}`);
    await page.goto(await statusLinkFromOutbox(email));
    const mine = await downloadZip(page, 'Download my data');
    expect(mine.data).toMatchObject({ scope: 'candidate', candidate: { email }, applications: [{ reference }] });
    expect(mine.data.emails.map((e) => e.to)).toContain(email);
    expect(Object.keys(mine.entries).filter((name) => name.startsWith(`files/${reference}/`))).toHaveLength(1);

    const [app] = await db()<{ id: number; candidateId: number }[]>`select id, candidate_id as "candidateId" from applications where reference = ${reference}`;
    await page.goto(`/dashboard/applications/${app!.id}`);
    // The confirmation is on the timeline: linked to the application, not guessed from its key.
    await expect(page.getByText(`Email to the candidate: We received your application for ${JOB_TITLE}`)).toBeVisible();
    await expectAccessible(page);
    const theirs = await downloadZip(page, 'Download everything held about this candidate');
    expect(theirs.data).toMatchObject({ scope: 'admin', candidate: { email }, applications: [{ reference }] });
    const audits = await db()<{ actor: string | null; scope: string }[]>`
      select actor_user_id as actor, after->>'scope' as scope from audit_log
       where action = 'candidate.subject_access_exported' and entity_id = ${String(app!.candidateId)} order by id`;
    expect(audits.map((a) => a.scope)).toEqual(['candidate', 'admin']);
    expect(audits[0]!.actor).toBeNull();
    expect(audits[1]!.actor).not.toBeNull();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a candidate deletes their data after confirming; the link stops working', async ({ page }) => {
    test.setTimeout(3 * 60_000);
    const { email, reference } = await apply(page, 'Delia');
    const link = await statusLinkFromOutbox(email);
    await page.goto(link);
    await page.getByRole('link', { name: 'Delete my data' }).click();
    await expect(page.getByRole('heading', { name: 'Delete your data?' })).toBeVisible();
    await page.getByRole('button', { name: 'Yes, delete my data' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your data is deleted' })).toBeVisible();
    // (No axe scan here: axe needs JavaScript, which this test turns off.)
    const [left] = await db()<{ count: number }[]>`select count(*)::int as count from applications where reference = ${reference}`;
    expect(left?.count).toBe(0);
    expect((await page.goto(link))?.status()).toBe(404);
  });
});

test('a wrong token answers 404, and an IP that guesses too often gets no answer at all', async ({ page, playwright, baseURL }) => {
  const { email } = await apply(page, 'Gus');
  const link = await statusLinkFromOutbox(email);
  // Each run guesses from an address of its own (the app reads X-Forwarded-For, as behind a proxy).
  const ip = `203.0.113.${Math.floor(Math.random() * 250) + 1}`;
  const other = `198.51.100.${Math.floor(Math.random() * 250) + 1}`;
  const guesser = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { 'x-forwarded-for': ip } });
  const bystander = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { 'x-forwarded-for': other } });

  expect((await guesser.get('/applications/status/not-a-token')).status()).toBe(404);
  expect((await guesser.get(link)).status()).toBe(200);
  for (let i = 0; i < 10; i += 1) {
    const guess = `/applications/status/${'A'.repeat(42)}${String.fromCharCode(66 + i)}`;
    expect((await guesser.get(guess)).status()).toBe(404);
  }
  // The forms' endpoints answer a wrong token the same way, and change nothing.
  expect((await bystander.post(`/applications/status/${'B'.repeat(43)}/withdraw`, { maxRedirects: 0 })).status()).toBe(404);
  // Blocked now: even the right token gets nothing from this IP, while another IP still reads it.
  expect((await guesser.get(link)).status()).toBe(404);
  expect((await bystander.get(link)).status()).toBe(200);
  await guesser.dispose();
  await bystander.dispose();
});
