import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/db/queries/access';
import { getApplicationForm } from '@/db/queries/application-form';
import { getQuestionBuilder } from '@/db/queries/questions';
import { applications } from '@/db/schema';
import { submitApplication } from '@/lib/applications/submit-application';
import { createPostgresStorage } from '@/lib/storage/postgres';
import { QUESTION_MESSAGES, type QuestionDraft } from '@/lib/validations/question';
import { applicationFormData, createTestJob, ensureSettings, openTestDb } from '@/tests/helpers/apply';
import { createTestUser } from '@/tests/helpers/auth-users';
import { readQuestionForm } from './form-data';
import { handleQuestionForm } from './save-questions';

// The builder's post, from FormData to the database and on to the public apply form's validation.
const { db, sql } = openTestDb();
const storage = createPostgresStorage(db);
let admin: Actor;

type Card = Partial<Omit<QuestionDraft, 'required'>> & { required?: boolean };

/** The builder form as the browser posts it. */
function builderPost(questionSetId: number | null, cards: Card[], intent = 'save'): FormData {
  const formData = new FormData();
  formData.set('questionSetId', questionSetId === null ? '' : String(questionSetId));
  formData.set('intent', intent);
  cards.forEach((card, i) => {
    formData.set(`questions[${i}][key]`, card.key ?? '');
    formData.set(`questions[${i}][kind]`, card.kind ?? 'short_text');
    formData.set(`questions[${i}][label]`, card.label ?? '');
    formData.set(`questions[${i}][helpText]`, card.helpText ?? '');
    formData.set(`questions[${i}][options]`, card.options ?? '');
    if (card.required) formData.set(`questions[${i}][required]`, 'on');
  });
  return formData;
}

async function post(jobId: number, formData: FormData) {
  return handleQuestionForm(admin, jobId, readQuestionForm(formData), db);
}

async function current(jobId: number) {
  const data = await getQuestionBuilder(admin, jobId, db);
  if (!data?.questionSet) throw new Error('no current question set');
  return { setId: data.questionSet.id, version: data.questionSet.version, questions: data.questions };
}

beforeAll(async () => {
  await ensureSettings(db);
  admin = { id: (await createTestUser(db, { role: 'admin', password: null })).id, role: 'admin' };
});

afterAll(async () => {
  await sql.end();
});

describe('the builder form', () => {
  it('refuses invalid questions with every field error, keeps what was typed and writes nothing', async () => {
    const job = await createTestJob(db, { questions: [{ key: 'why', kind: 'short_text', label: 'Why?', required: false }] });
    const before = await current(job.id);
    const cards: Card[] = [
      { kind: 'single_choice', label: 'Preferred office', options: '  \n' },
      { kind: 'multiple_choice', label: 'Languages', options: 'Go\nRust\ngo' },
      { label: 'x'.repeat(301) },
    ];
    const { state, saved } = await post(job.id, builderPost(before.setId, cards));
    expect(saved).toBeUndefined();
    expect(state).toMatchObject({
      status: 'error',
      message: QUESTION_MESSAGES.invalid,
      fieldErrors: {
        'questions.0.options': ['List at least one option, one per line'],
        'questions.1.options': ['“go” is listed more than once'],
        'questions.2.label': ['Keep the question to 300 characters or fewer'],
      },
      questionSetId: before.setId,
    });
    expect(state.drafts?.map((d) => d.label)).toEqual(cards.map((c) => c.label));
    expect(await current(job.id)).toEqual(before);
  });

  it('adds, moves and removes without saving when posted without JavaScript', async () => {
    const job = await createTestJob(db);
    const before = await current(job.id);
    const added = await post(job.id, builderPost(before.setId, [{ label: 'A' }, { label: 'B' }], 'add'));
    expect(added.state).toMatchObject({ status: 'idle', questionSetId: before.setId });
    expect(added.state.drafts?.map((d) => d.label)).toEqual(['A', 'B', '']);
    const moved = await post(job.id, builderPost(before.setId, [{ label: 'A' }, { label: 'B' }], 'up:1'));
    expect(moved.state.drafts?.map((d) => d.label)).toEqual(['B', 'A']);
    const removed = await post(job.id, builderPost(before.setId, [{ label: 'A' }, { label: 'B' }], 'remove:0'));
    expect(removed.state.drafts?.map((d) => d.label)).toEqual(['B']);
    expect(await current(job.id)).toEqual(before);
  });

  it('refuses a form loaded before someone else saved, keeping the submitted values', async () => {
    const job = await createTestJob(db);
    const loaded = await current(job.id);
    expect((await post(job.id, builderPost(loaded.setId, [{ label: 'Theirs' }]))).saved).toBeDefined();
    const { state } = await post(job.id, builderPost(loaded.setId, [{ label: 'Mine', required: true }]));
    expect(state).toMatchObject({ status: 'error', message: QUESTION_MESSAGES.stale, questionSetId: loaded.setId });
    expect(state.drafts).toEqual([{ key: '', kind: 'short_text', label: 'Mine', helpText: '', required: true, options: '' }]);
    expect((await current(job.id)).questions.map((q) => q.label)).toEqual(['Theirs']);
  });
});

describe('the apply form follows the saved definition at once', () => {
  it('a new required yes/no question refuses an application without it, and accepts one with it', async () => {
    const job = await createTestJob(db, { questions: [{ key: 'portfolio', kind: 'url', label: 'Portfolio', required: false }] });
    const loaded = await current(job.id);
    const { saved } = await post(
      job.id,
      builderPost(loaded.setId, [
        { key: 'portfolio', kind: 'url', label: 'Portfolio' },
        { kind: 'yes_no', label: 'Can you work on site in Austin?', required: true, helpText: 'Three days a week' },
      ]),
    );
    expect(saved).toEqual({ slug: job.slug, version: 1 });

    const form = await getApplicationForm(job.slug, db);
    expect(form?.questions).toEqual([
      { key: 'portfolio', kind: 'url', label: 'Portfolio', helpText: null, required: false, options: null },
      { key: 'can-you-work-on-site-in-austin', kind: 'yes_no', label: 'Can you work on site in Austin?', helpText: 'Three days a week', required: true, options: null },
    ]);

    const refused = await submitApplication(job.slug, applicationFormData(), { db, storage });
    expect(refused.reference).toBeUndefined();
    expect(refused.state).toMatchObject({ status: 'error', fieldErrors: { 'q_can-you-work-on-site-in-austin': ['Choose yes or no'] } });

    const accepted = await submitApplication(job.slug, applicationFormData({ 'q_can-you-work-on-site-in-austin': 'yes' }), { db, storage });
    expect(accepted.reference).toMatch(/^APP-/);
    const [row] = await db
      .select({ questionSetId: applications.questionSetId, answers: applications.answers })
      .from(applications)
      .where(eq(applications.reference, accepted.reference!));
    expect(row).toEqual({ questionSetId: form?.questionSetId, answers: { 'can-you-work-on-site-in-austin': true } });
  });

  it('a removed question is no longer asked or accepted, and a new choice takes only its options', async () => {
    const job = await createTestJob(db, { questions: [{ key: 'years', kind: 'number', label: 'Years of experience', required: true }] });
    const loaded = await current(job.id);
    await post(job.id, builderPost(loaded.setId, [{ kind: 'single_choice', label: 'Seniority', options: 'Mid\nSenior', required: true }]));

    const wrong = await submitApplication(job.slug, applicationFormData({ q_seniority: 'Principal' }), { db, storage });
    expect(wrong.state).toMatchObject({ status: 'error', fieldErrors: { q_seniority: ['Choose one of the options'] } });
    const right = await submitApplication(job.slug, applicationFormData({ q_seniority: 'Senior', q_years: '12' }), { db, storage });
    expect(right.reference).toMatch(/^APP-/);
    const [row] = await db.select({ answers: applications.answers }).from(applications).where(eq(applications.reference, right.reference!));
    expect(row?.answers).toEqual({ seniority: 'Senior' });
  });
});
