import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { expectConfirmation, fillApplication } from './support/apply-form';
import { applicationCount, db } from './support/db';
import { largestAllowedPdf, oversizedPdf, renamedExecutable, resumePdf, uniqueEmail } from './support/files';

const JOB = 'senior-software-engineer-backend';
const APPLY = `/jobs/${JOB}/apply`;

test.describe('applying for a job', () => {
  test('a candidate applies and gets a reference; a reload creates nothing more', async ({ page }) => {
    const email = uniqueEmail('happy');
    await page.goto(APPLY);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Senior Software Engineer (Backend)');
    await expectAccessible(page);
    await fillApplication(page, { email });
    await page.getByRole('button', { name: 'Submit application' }).click();
    const reference = await expectConfirmation(page);
    expect(reference).toMatch(/^APP-[A-Z0-9]{8}$/);
    await expectAccessible(page);
    expect(await applicationCount(JOB, email)).toBe(1);

    await page.reload();
    await expectConfirmation(page);
    expect(await applicationCount(JOB, email)).toBe(1);
  });

  test('answers the job’s own questions', async ({ page }) => {
    const email = uniqueEmail('questions');
    await page.goto('/jobs/frontend-engineer/apply');
    await fillApplication(page, { email });
    await page.getByLabel('Link to a project you are proud of').fill('https://example.com/project');
    await page.getByRole('group', { name: /authorised to work/ }).getByLabel('Yes').check();
    await page.getByRole('button', { name: 'Submit application' }).click();
    await expectConfirmation(page);
    expect(await applicationCount('frontend-engineer', email)).toBe(1);
  });

  test('every missing field is reported next to it, announced, and focused', async ({ page }) => {
    await page.goto(APPLY);
    await page.getByRole('button', { name: 'Submit application' }).click();
    const summary = page.getByRole('alert').first();
    await expect(summary).toBeVisible();
    await expect(page.getByLabel('First name')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel(/^Resume/)).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#consent-error')).toContainText('Please agree to the privacy notice to apply');
    const focused = await page.evaluate(() => document.activeElement?.id ?? document.activeElement?.getAttribute('role'));
    expect(['firstName', 'error-summary', 'alert']).toContain(focused);
    await expectAccessible(page);
  });

  test('a second application with the same email is refused and nothing is written', async ({ page }) => {
    const email = uniqueEmail('duplicate');
    await page.goto(APPLY);
    await fillApplication(page, { email });
    await page.getByRole('button', { name: 'Submit application' }).click();
    await expectConfirmation(page);

    await page.goto(APPLY);
    await fillApplication(page, { email: email.toUpperCase(), firstName: 'Janet' });
    await page.getByRole('button', { name: 'Submit application' }).click();
    await expect(page.locator('#email-error')).toContainText('You have already applied for this job with this email address.');
    await expect(page.getByLabel('First name')).toHaveValue('Janet');
    expect(await applicationCount(JOB, email)).toBe(1);
  });

  test('a renamed executable is refused by its bytes', async ({ page }) => {
    const email = uniqueEmail('exe');
    await page.goto(APPLY);
    await fillApplication(page, { email, resume: renamedExecutable() });
    await page.getByRole('button', { name: 'Submit application' }).click();
    await expect(page.locator('#resume-error')).toContainText(/isn't a real PDF, DOC or DOCX/);
    await expect(page.getByLabel('Email')).toHaveValue(email);
    expect(await applicationCount(JOB, email)).toBe(0);
    await expectAccessible(page); // axe needs JavaScript, so the server's error rendering is scanned here
  });

  test('an oversized resume gets a field error before anything is sent', async ({ page }) => {
    const email = uniqueEmail('big');
    await page.goto(APPLY);
    await fillApplication(page, { email, resume: oversizedPdf() });
    await page.getByRole('button', { name: 'Submit application' }).click();
    await expect(page.locator('#resume-error')).toContainText('Your resume must be 10 MB or smaller');
    expect(await applicationCount(JOB, email)).toBe(0);
  });

  test('a filled honeypot is refused and nothing is written', async ({ page }) => {
    const email = uniqueEmail('bot');
    await page.goto(APPLY);
    await fillApplication(page, { email });
    await page.locator('input[name="company_website"]').evaluate((input: HTMLInputElement) => {
      input.value = 'http://spam.example';
    });
    await page.getByRole('button', { name: 'Submit application' }).click();
    await expect(page.getByRole('alert').first()).toBeVisible();
    await expect(page).toHaveURL(APPLY);
    expect(await applicationCount(JOB, email)).toBe(0);
  });

  test('a double click creates one application', async ({ page }) => {
    const email = uniqueEmail('double');
    await page.goto(APPLY);
    await fillApplication(page, { email });
    await page.getByRole('button', { name: 'Submit application' }).dblclick();
    await expectConfirmation(page);
    expect(await applicationCount(JOB, email)).toBe(1);
  });
});

test.describe('the form’s checks, loaded on first use', () => {
  // react-hook-form, zod and the schema are a chunk of their own, fetched on the form's first
  // focus; 'shouldUnregister' is one of react-hook-form's option names, kept by the minifier.
  test('the page loads without them and the first focus fetches them', async ({ page }) => {
    const scripts: Promise<string>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.text().catch(() => ''));
    });
    const hasFormLibrary = async () => (await Promise.all(scripts)).some((text) => text.includes('shouldUnregister'));
    await page.goto(APPLY, { waitUntil: 'networkidle' });
    expect(scripts.length).toBeGreaterThan(0);
    expect(await hasFormLibrary()).toBe(false);
    await page.getByLabel('First name').focus();
    await expect.poll(hasFormLibrary).toBe(true);
  });

  test('what is entered while they load is kept, then checked in the browser', async ({ page }) => {
    const email = uniqueEmail('early');
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST') posts.push(request.url());
    });
    await page.goto('/jobs/frontend-engineer/apply', { waitUntil: 'networkidle' });
    // Every script asked for from now on waits until the form is filled in.
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const held: string[] = [];
    await page.route('**/_next/static/chunks/**', async (route) => {
      held.push(route.request().url());
      await gate;
      await route.continue();
    });
    await page.getByLabel('First name').fill('Jane');
    await expect.poll(() => held.length).toBeGreaterThan(0);
    await page.getByLabel('Email').fill('not an email');
    await page.getByRole('group', { name: /authorised to work/ }).getByLabel('No').check();
    await page.getByLabel(/^I agree/).check();
    const loaded = held.map((url) => page.waitForResponse(url));
    release();
    await Promise.all(loaded);

    await page.getByRole('button', { name: 'Submit application' }).click();
    await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Last name')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel(/^Resume/)).toHaveAttribute('aria-invalid', 'true');
    expect(posts, 'refused in the browser, nothing sent').toEqual([]);
    await expect(page.getByLabel('First name')).toHaveValue('Jane');
    await expect(page.getByRole('group', { name: /authorised to work/ }).getByLabel('No')).toBeChecked();
    await expect(page.getByLabel(/^I agree/)).toBeChecked();

    await page.getByLabel('Last name').fill('Early');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel(/^Resume/).setInputFiles(resumePdf());
    await page.getByRole('button', { name: 'Submit application' }).click();
    await expectConfirmation(page);
    const [row] = await db()<{ authorised: unknown }[]>`
      select a.answers -> 'work-authorization' as authorised from applications a
      join candidates c on c.id = a.candidate_id where c.email = ${email}`;
    expect(row?.authorised).toBe(false);
  });
});

test.describe('applying without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the form posts to the server and lands on the confirmation', async ({ page }) => {
    const email = uniqueEmail('nojs');
    await page.goto(APPLY);
    await fillApplication(page, { email });
    await page.getByRole('button', { name: 'Submit application' }).click();
    await expectConfirmation(page);
    expect(await applicationCount(JOB, email)).toBe(1);
  });

  test('the same form posted twice makes one application, and both posts show its confirmation', async ({ page, request }) => {
    // The page is cached for everyone, so it carries no per-visitor token: the server recognises
    // the second post by its content (a double click, or Back and send again, without JavaScript).
    const email = uniqueEmail('nojs-twice');
    await page.goto(APPLY);
    await expect(page.locator('input[name="submissionToken"]')).toHaveCount(0);
    const hidden = await page.locator('form input[type="hidden"]').evaluateAll((inputs) => inputs.map((i) => [(i as HTMLInputElement).name, (i as HTMLInputElement).value]));
    const post = () =>
      request.post(APPLY, {
        maxRedirects: 0,
        multipart: {
          ...Object.fromEntries(hidden),
          firstName: 'Jane',
          lastName: 'Twice',
          email,
          consent: 'on',
          resume: { name: 'cv.pdf', mimeType: 'application/pdf', buffer: readFileSync(resumePdf()) },
        },
      });
    const [first, second] = [await post(), await post()];
    expect(first.status()).toBe(303);
    expect(second.status()).toBe(303);
    expect(second.headers().location).toBe(first.headers().location);
    expect(first.headers().location).toMatch(/\/apply\/submitted\?ref=APP-/);
    expect(await applicationCount(JOB, email)).toBe(1);
  });

  test('a resume just under the 10 MB limit is accepted', async ({ page }) => {
    const email = uniqueEmail('nojs-large');
    await page.goto(APPLY);
    await fillApplication(page, { email, resume: largestAllowedPdf() });
    await page.getByRole('button', { name: 'Submit application' }).click();
    await expectConfirmation(page);
    const [row] = await db()<{ size: number }[]>`
      select f.size_bytes as size from applications a join candidates c on c.id = a.candidate_id
      join files f on f.id = a.resume_file_id where c.email = ${email}`;
    expect(row?.size).toBe(10 * 1024 * 1024 - 1024);
  });

  test('server-side errors appear next to their fields and keep what was typed', async ({ page }) => {
    const email = uniqueEmail('nojs-bad');
    await page.goto(APPLY);
    await fillApplication(page, { email, consent: false, resume: renamedExecutable() });
    await page.getByLabel('LinkedIn profile').fill('not a url');
    await page.getByRole('button', { name: 'Submit application' }).click();
    await expect(page.locator('#consent-error')).toContainText('Please agree to the privacy notice to apply');
    await expect(page.getByLabel('LinkedIn profile')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Email')).toHaveValue(email);
    await expect(page.getByLabel('First name')).toHaveValue('Jane');
    expect(await applicationCount(JOB, email)).toBe(0);
  });

  test('an upload over the server’s body limit gets a friendly page', async ({ page }) => {
    const email = uniqueEmail('nojs-huge');
    await page.goto(APPLY);
    await fillApplication(page, { email, resume: oversizedPdf() });
    // Past the 12 MB body limit: Next refuses the request before the action runs.
    const { writeFileSync } = await import('node:fs');
    const huge = `${oversizedPdf()}.big.pdf`;
    writeFileSync(huge, Buffer.alloc(13 * 1024 * 1024, 0x20));
    await page.getByLabel(/^Resume/).setInputFiles(huge);
    await page.getByRole('button', { name: 'Submit application' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Your upload was too large' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Submit application' })).toBeVisible();
    expect(await page.locator('body').innerText()).not.toMatch(/Internal Server Error|\bat [\w.<>]+ \(|digest/);
    expect(await applicationCount(JOB, email)).toBe(0);
  });
});
