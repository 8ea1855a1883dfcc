import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { env } from '@/lib/env';
import { applications, auditLog, questions, questionSets } from '@/db/schema';
import { createPostgresStorage } from '@/lib/storage/postgres';
import type { QuestionDefinition } from '@/lib/validations/question';
import { applicationInput, createTestJob, ensureSettings, openTestDb } from '@/tests/helpers/apply';
import { createTestUser } from '@/tests/helpers/auth-users';
import type { Actor } from './access';
import { createApplication } from './applications';
import { getQuestionBuilder, saveQuestionSet } from './questions';

// Against a real PostgreSQL: every test makes its own job (and users), so any order, twice, works.
const { db, sql } = openTestDb();
const storage = createPostgresStorage(db);
let admin: Actor;
let manager: Actor;

const ask = (label: string, extra: Partial<QuestionDefinition> = {}): QuestionDefinition => ({
  key: null,
  kind: 'short_text',
  label,
  helpText: null,
  required: false,
  options: null,
  ...extra,
});

async function setsOf(jobId: number) {
  return db
    .select({ id: questionSets.id, version: questionSets.version, isCurrent: questionSets.isCurrent })
    .from(questionSets)
    .where(eq(questionSets.jobId, jobId))
    .orderBy(asc(questionSets.version));
}

async function questionsIn(questionSetId: number) {
  return db
    .select({ key: questions.key, label: questions.label, kind: questions.kind, position: questions.position, options: questions.options })
    .from(questions)
    .where(eq(questions.questionSetId, questionSetId))
    .orderBy(asc(questions.position));
}

/** The builder as an admin sees it, for the loaded set id and the keys to post back. */
async function load(jobId: number) {
  const data = await getQuestionBuilder(admin, jobId, db);
  if (!data) throw new Error('job not found');
  return data;
}

async function apply(jobId: number, questionSetId: number | null, answers: Record<string, string | boolean> = {}) {
  const result = await createApplication(applicationInput(jobId, { questionSetId, answers }), { storage, db, appUrl: env.APP_URL });
  if (!result.ok) throw new Error(result.reason);
}

beforeAll(async () => {
  await ensureSettings(db);
  admin = { id: (await createTestUser(db, { role: 'admin', password: null })).id, role: 'admin' };
  manager = { id: (await createTestUser(db, { role: 'hiring_manager', password: null })).id, role: 'hiring_manager' };
});

afterAll(async () => {
  await sql.end();
});

describe('saveQuestionSet without applications', () => {
  it('creates questions with keys from their labels, in the order given, in place', async () => {
    const job = await createTestJob(db);
    const before = await load(job.id);
    const result = await saveQuestionSet(
      admin,
      {
        jobId: job.id,
        loadedQuestionSetId: before.questionSet?.id ?? null,
        questions: [ask('Why Portico?', { required: true }), ask('Start date', { kind: 'single_choice', options: ['Now', 'Later'] })],
      },
      db,
    );
    expect(result).toMatchObject({ ok: true, changed: true, newVersion: false, version: 1, slug: job.slug });

    const sets = await setsOf(job.id);
    expect(sets).toHaveLength(1);
    expect(sets[0]).toMatchObject({ version: 1, isCurrent: true });
    expect(await questionsIn(sets[0]!.id)).toEqual([
      { key: 'why-portico', label: 'Why Portico?', kind: 'short_text', position: 0, options: null },
      { key: 'start-date', label: 'Start date', kind: 'single_choice', position: 1, options: ['Now', 'Later'] },
    ]);
  });

  it('edits, reorders and removes, keeping each key with its question', async () => {
    const job = await createTestJob(db, {
      questions: [
        { key: 'portfolio', kind: 'url', label: 'Portfolio', required: false },
        { key: 'years', kind: 'number', label: 'Years of experience', required: true },
        { key: 'notice', kind: 'short_text', label: 'Notice period', required: false },
      ],
    });
    const loaded = await load(job.id);
    const [portfolio, years] = loaded.questions;
    const result = await saveQuestionSet(
      admin,
      {
        jobId: job.id,
        loadedQuestionSetId: loaded.questionSet!.id,
        // "notice" removed, "years" reworded and moved first, a new question that sounds like the old "portfolio".
        questions: [{ ...years!, label: 'Years of professional experience' }, portfolio!, ask('Portfolio!')],
      },
      db,
    );
    expect(result).toMatchObject({ ok: true, newVersion: false, version: 1 });
    const [set] = await setsOf(job.id);
    expect((await questionsIn(set!.id)).map((q) => [q.key, q.label, q.position])).toEqual([
      ['years', 'Years of professional experience', 0],
      ['portfolio', 'Portfolio', 1],
      ['portfolio-2', 'Portfolio!', 2],
    ]);
  });

  it('writes nothing when nothing changed', async () => {
    const job = await createTestJob(db, { questions: [{ key: 'why', kind: 'long_text', label: 'Why?', required: true }] });
    const loaded = await load(job.id);
    const result = await saveQuestionSet(admin, { jobId: job.id, loadedQuestionSetId: loaded.questionSet!.id, questions: loaded.questions }, db);
    expect(result).toMatchObject({ ok: true, changed: false, questionSetId: loaded.questionSet!.id });
    expect((await setsOf(job.id))[0]?.id).toBe(loaded.questionSet!.id);
  });
});

describe('saveQuestionSet with applications', () => {
  it('saves a new version; the old one, and the application pointing at it, keep the question as asked', async () => {
    const job = await createTestJob(db, { questions: [{ key: 'relocate', kind: 'yes_no', label: 'Would you relocate?', required: true }] });
    const v1 = await load(job.id);
    await apply(job.id, v1.questionSet!.id, { relocate: true });
    expect((await load(job.id)).questionSet?.applicationCount).toBe(1);

    const result = await saveQuestionSet(
      admin,
      {
        jobId: job.id,
        loadedQuestionSetId: v1.questionSet!.id,
        questions: [{ ...v1.questions[0]!, label: 'Would you relocate to Austin?' }, ask('Salary expectation', { kind: 'number' })],
      },
      db,
    );
    expect(result).toMatchObject({ ok: true, changed: true, newVersion: true, version: 2 });

    const sets = await setsOf(job.id);
    expect(sets.map((s) => [s.version, s.isCurrent])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect((await questionsIn(sets[0]!.id)).map((q) => [q.key, q.label])).toEqual([['relocate', 'Would you relocate?']]);
    expect((await questionsIn(sets[1]!.id)).map((q) => [q.key, q.label])).toEqual([
      ['relocate', 'Would you relocate to Austin?'],
      ['salary-expectation', 'Salary expectation'],
    ]);

    // What the applicant view does: read the question by the application's own set.
    const [asked] = await db
      .select({ label: questions.label, answers: applications.answers })
      .from(applications)
      .innerJoin(questions, and(eq(questions.questionSetId, applications.questionSetId), eq(questions.key, 'relocate')))
      .where(eq(applications.jobId, job.id));
    expect(asked).toEqual({ label: 'Would you relocate?', answers: { relocate: true } });
    expect(await load(job.id)).toMatchObject({ questionSet: { id: sets[1]!.id, version: 2, applicationCount: 0 } });
  });

  it('edits the newest version in place again while nobody has answered it', async () => {
    const job = await createTestJob(db, { questions: [{ key: 'why', kind: 'short_text', label: 'Why?', required: false }] });
    const v1 = await load(job.id);
    await apply(job.id, v1.questionSet!.id);
    await saveQuestionSet(admin, { jobId: job.id, loadedQuestionSetId: v1.questionSet!.id, questions: [ask('Why us?')] }, db);
    const v2 = await load(job.id);
    const again = await saveQuestionSet(admin, { jobId: job.id, loadedQuestionSetId: v2.questionSet!.id, questions: [ask('Why now?')] }, db);
    expect(again).toMatchObject({ ok: true, newVersion: false, version: 2 });
    expect((await setsOf(job.id)).map((s) => s.version)).toEqual([1, 2]);
  });
});

describe('concurrent saves', () => {
  for (const withApplication of [false, true]) {
    it(`let exactly one of two saves of the same loaded version win (${withApplication ? 'new version' : 'in place'})`, async () => {
      const job = await createTestJob(db, { questions: [{ key: 'why', kind: 'short_text', label: 'Why?', required: false }] });
      const loaded = await load(job.id);
      if (withApplication) await apply(job.id, loaded.questionSet!.id);
      const save = (label: string) =>
        saveQuestionSet(admin, { jobId: job.id, loadedQuestionSetId: loaded.questionSet!.id, questions: [ask(label)] }, db);

      const results = await Promise.all([save('From Alice'), save('From Bob')]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'stale' }]);

      const current = await load(job.id);
      expect(current.questions.map((q) => q.label)).toEqual([results[0]!.ok ? 'From Alice' : 'From Bob']);
      expect((await setsOf(job.id)).filter((s) => s.isCurrent)).toHaveLength(1);
    });
  }

  it('refuses a save from a form loaded before the last save', async () => {
    const job = await createTestJob(db);
    const loaded = await load(job.id);
    await saveQuestionSet(admin, { jobId: job.id, loadedQuestionSetId: loaded.questionSet!.id, questions: [ask('First')] }, db);
    const late = await saveQuestionSet(admin, { jobId: job.id, loadedQuestionSetId: loaded.questionSet!.id, questions: [ask('Second')] }, db);
    expect(late).toEqual({ ok: false, reason: 'stale' });
    expect((await load(job.id)).questions.map((q) => q.label)).toEqual(['First']);
  });
});

describe('audit and authorization', () => {
  it('writes one audit entry with the old and the new definition', async () => {
    const job = await createTestJob(db, { questions: [{ key: 'why', kind: 'short_text', label: 'Why?', required: false }] });
    const loaded = await load(job.id);
    const result = await saveQuestionSet(admin, { jobId: job.id, loadedQuestionSetId: loaded.questionSet!.id, questions: [ask('Why us?', { required: true })] }, db);
    if (!result.ok) throw new Error(result.reason);

    const entries = await db
      .select({ actor: auditLog.actorUserId, action: auditLog.action, before: auditLog.before, after: auditLog.after })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'job'), eq(auditLog.entityId, String(job.id))));
    expect(entries).toEqual([
      {
        actor: admin.id,
        action: 'job.questions_updated',
        before: {
          questionSetId: loaded.questionSet!.id,
          version: 1,
          questions: [{ key: 'why', kind: 'short_text', label: 'Why?', helpText: null, required: false, options: null }],
        },
        after: {
          questionSetId: result.questionSetId,
          version: 1,
          questions: [{ key: 'why-us', kind: 'short_text', label: 'Why us?', helpText: null, required: true, options: null }],
        },
      },
    ]);
  });

  it('refuses hiring managers and writes nothing', async () => {
    const job = await createTestJob(db, { questions: [{ key: 'why', kind: 'short_text', label: 'Why?', required: false }] });
    const loaded = await load(job.id);
    expect(await getQuestionBuilder(manager, job.id, db)).toBeNull();
    const result = await saveQuestionSet(manager, { jobId: job.id, loadedQuestionSetId: loaded.questionSet!.id, questions: [ask('Hacked')] }, db);
    expect(result).toEqual({ ok: false, reason: 'forbidden' });
    expect(await load(job.id)).toEqual(loaded);
  });

  it('answers not-found for a job that does not exist', async () => {
    expect(await getQuestionBuilder(admin, 2_147_483_000, db)).toBeNull();
    expect(await saveQuestionSet(admin, { jobId: 2_147_483_000, loadedQuestionSetId: null, questions: [] }, db)).toEqual({ ok: false, reason: 'not-found' });
  });

  it('leaves the last line to PostgreSQL: a choice without options is refused and nothing is written', async () => {
    const job = await createTestJob(db, { questions: [{ key: 'why', kind: 'short_text', label: 'Why?', required: false }] });
    const loaded = await load(job.id);
    const save = saveQuestionSet(admin, { jobId: job.id, loadedQuestionSetId: loaded.questionSet!.id, questions: [ask('Pick', { kind: 'single_choice', options: [] })] }, db);
    await expect(save).rejects.toThrow();
    expect(await load(job.id)).toEqual(loaded);
  });
});
