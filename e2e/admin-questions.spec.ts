import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { expectConfirmation, fillApplication } from './support/apply-form';
import { expectAccessible } from './support/axe';
import { db } from './support/db';
import { insertPublishedJob } from './support/published-job';
import { resumePdf, uniqueEmail } from './support/files';
import { STORAGE } from './support/storage';

// Each test makes its own published job (row, the six default stages, an empty question set v1),
// so the tests share nothing and can run in any order; afterAll removes what they made.
const created: number[] = [];

async function createJob(questions: Array<{ key: string; label: string }> = []): Promise<{ id: number; slug: string }> {
  const slug = `e2e-questions-${randomUUID().slice(0, 8)}`;
  const job = await db().begin(async (tx) => {
    const { id, setId } = await insertPublishedJob(tx, slug, 'Question Builder Test Analyst');
    for (const [position, q] of questions.entries()) {
      await tx`insert into questions (question_set_id, key, position, kind, label, required) values (${setId}, ${q.key}, ${position}, 'short_text', ${q.label}, false)`;
    }
    return { id, slug };
  });
  created.push(job.id);
  return job;
}

async function currentQuestions(jobId: number) {
  return db()<{ setId: number; version: number; key: string; label: string; kind: string; required: boolean }[]>`
    select s.id as "setId", s.version, q.key, q.label, q.kind, q.required
    from question_sets s join questions q on q.question_set_id = s.id
    where s.job_id = ${jobId} and s.is_current order by q.position`;
}

test.afterAll(async () => {
  for (const jobId of created.splice(0)) {
    await db().begin(async (tx) => {
      const files = await tx<{ id: number }[]>`
        select resume_file_id as id from applications where job_id = ${jobId} and resume_file_id is not null
        union
        select (a.answers ->> q.key)::int from applications a
        join questions q on q.question_set_id = a.question_set_id and q.kind = 'file'
        where a.job_id = ${jobId} and a.answers ? q.key`;
      await tx`delete from candidates where id in (select candidate_id from applications where job_id = ${jobId})`;
      if (files.length > 0) await tx`delete from files where id in ${tx(files.map((f) => f.id))}`;
      await tx`delete from jobs where id = ${jobId}`;
    });
  }
});

// A save posts, redirects and renders the page again; on a loaded CI machine that can take a minute.
const SLOW_POST = { timeout: 120_000 };

const card = (page: Page, n: number) => page.getByRole('group', { name: `Question ${n}`, exact: true });

test.describe('the question builder', () => {
  test.use({ storageState: STORAGE.admin });

  test('an admin asks a required question of every kind, orders them by keyboard, and a candidate answers them all', async ({ page }) => {
    // A long journey (eight questions, three axe scans, the apply form): minutes on a loaded machine.
    test.setTimeout(6 * 60_000);
    const job = await createJob();
    const QUESTIONS = [
      { kind: 'short_text', label: 'Your current job title' },
      { kind: 'long_text', label: 'Tell us about a project you led' },
      { kind: 'yes_no', label: 'Can you work from Austin three days a week?' },
      { kind: 'single_choice', label: 'Preferred team', options: ['Platform', 'Product'] },
      { kind: 'multiple_choice', label: 'Languages you use', options: ['TypeScript', 'Go', 'Rust'] },
      { kind: 'number', label: 'Years of experience' },
      { kind: 'url', label: 'Portfolio link' },
      { kind: 'file', label: 'Work sample' },
    ];
    await page.goto(`/admin/jobs/${job.id}/questions`);
    await expect(page.getByRole('heading', { level: 1, name: 'Application questions' })).toBeVisible();
    await expect(page.getByText('No questions yet')).toBeVisible();
    await expectAccessible(page);

    for (const [i, q] of QUESTIONS.entries()) {
      await page.getByRole('button', { name: 'Add question' }).click();
      const question = card(page, i + 1);
      await expect(question.getByLabel(/^Question text/)).toBeFocused();
      await question.getByLabel(/^Question text/).fill(q.label);
      await question.getByLabel(/^Answer type/).selectOption(q.kind);
      await expect(question.getByLabel(/^Options/)).toBeVisible({ visible: Boolean(q.options) });
      if (q.options) await question.getByLabel(/^Options/).fill(q.options.join('\n'));
      await question.getByLabel('Required: candidates must answer').check();
    }
    await expectAccessible(page);

    // Keyboard only: the file question up two places, the first question down one.
    await page.getByRole('button', { name: 'Move up question 8' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Move up question 7' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByText('“Work sample” moved to position 6 of 8.')).toBeAttached();
    await page.getByRole('button', { name: 'Move down question 1' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Move down question 2' })).toBeFocused();
    await expect(card(page, 2).getByLabel(/^Question text/)).toHaveValue('Your current job title');

    await page.getByRole('button', { name: 'Save questions' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Questions saved (version 1)' })).toBeVisible(SLOW_POST);
    await expectAccessible(page);
    const saved = await currentQuestions(job.id);
    expect(saved.map((q) => q.label)).toEqual([1, 0, 2, 3, 4, 7, 5, 6].map((i) => QUESTIONS[i]!.label));
    expect(saved.every((q) => q.required && q.version === 1)).toBe(true);
    expect(saved.map((q) => q.key)).toContain('can-you-work-from-austin-three-days-a-week');

    const email = uniqueEmail('questions');
    await page.goto(`/jobs/${job.slug}/apply`);
    await fillApplication(page, { email });
    await page.getByLabel(/^Your current job title/).fill('Data analyst');
    await page.getByLabel(/^Tell us about a project you led/).fill('I led the move to a new warehouse.');
    await page.getByRole('group', { name: /Can you work from Austin/ }).getByLabel('Yes').check();
    await page.getByRole('group', { name: /Preferred team/ }).getByLabel('Platform').check();
    const languages = page.getByRole('group', { name: /Languages you use/ });
    await languages.getByLabel('TypeScript').check();
    await languages.getByLabel('Go').check();
    await page.getByLabel(/^Years of experience/).fill('7');
    await page.getByLabel(/^Portfolio link/).fill('https://example.com/work');
    await page.getByLabel(/^Work sample/).setInputFiles(resumePdf());
    await page.getByRole('button', { name: 'Submit application' }).click();
    await page.waitForURL(/\/apply\/submitted/, SLOW_POST);
    await expectConfirmation(page);

    const [application] = await db()<{ questionSetId: number; answers: Record<string, unknown> }[]>`
      select a.question_set_id as "questionSetId", a.answers from applications a join candidates c on c.id = a.candidate_id
      where a.job_id = ${job.id} and c.email = ${email}`;
    expect(application?.questionSetId).toBe(saved[0]!.setId);
    expect(application?.answers).toEqual({
      'your-current-job-title': 'Data analyst',
      'tell-us-about-a-project-you-led': 'I led the move to a new warehouse.',
      'can-you-work-from-austin-three-days-a-week': true,
      'preferred-team': 'Platform',
      'languages-you-use': ['TypeScript', 'Go'],
      'years-of-experience': 7,
      'portfolio-link': 'https://example.com/work',
      'work-sample': expect.any(Number),
    });
  });

  test('a question can be dragged to a new place', async ({ page }) => {
    const job = await createJob([
      { key: 'first', label: 'First question' },
      { key: 'second', label: 'Second question' },
    ]);
    // Tall enough for both cards: Chromium starts no drag towards a point outside the viewport.
    await page.setViewportSize({ width: 1280, height: 1800 });
    await page.goto(`/admin/jobs/${job.id}/questions`);
    await card(page, 2).locator('..').getByTitle('Drag to reorder').dragTo(page.getByRole('heading', { name: 'Question 1' }));
    await expect(card(page, 1).getByLabel(/^Question text/)).toHaveValue('Second question');
    await expect(page.getByText('“Second question” moved to position 1 of 2.')).toBeAttached();
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('adds, reorders, refuses a choice without options, then saves', async ({ page }) => {
      test.setTimeout(6 * 60_000); // every button is a full page post
      const job = await createJob();
      await page.goto(`/admin/jobs/${job.id}/questions`);
      await page.getByRole('button', { name: 'Add question' }).click();
      await card(page, 1).getByLabel(/^Question text/).fill('Which office?');
      await card(page, 1).getByLabel(/^Answer type/).selectOption('single_choice');
      await page.getByRole('button', { name: 'Add question' }).click();
      await expect(card(page, 1).getByLabel(/^Question text/)).toHaveValue('Which office?');
      await card(page, 2).getByLabel(/^Question text/).fill('Earliest start date');
      await page.getByRole('button', { name: 'Move up question 2' }).click();
      await expect(card(page, 1).getByLabel(/^Question text/)).toHaveValue('Earliest start date');

      await page.getByRole('button', { name: 'Save questions' }).click();
      await expect(page.getByRole('alert')).toContainText("The questions weren't saved.");
      await expect(page.locator('#question-1-options-error')).toContainText('List at least one option, one per line');
      await expect(card(page, 2).getByLabel(/^Options/)).toHaveAttribute('aria-invalid', 'true');
      expect(await currentQuestions(job.id)).toEqual([]);

      await card(page, 2).getByLabel(/^Options/).fill('Austin\nLisbon');
      await page.getByRole('button', { name: 'Save questions' }).click();
      await expect(page.getByText('Questions saved (version 1)')).toBeVisible(SLOW_POST);
      expect((await currentQuestions(job.id)).map((q) => [q.key, q.kind])).toEqual([
        ['earliest-start-date', 'short_text'],
        ['which-office', 'single_choice'],
      ]);
    });
  });
});

test.describe('hiring managers', () => {
  test.use({ storageState: STORAGE.manager });

  test('get a 404 for the question builder', async ({ page }) => {
    const job = await createJob();
    const response = await page.goto(`/admin/jobs/${job.id}/questions`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Application questions' })).toHaveCount(0);
  });
});
