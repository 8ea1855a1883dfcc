import 'server-only';
import { and, asc, count, eq, max } from 'drizzle-orm';
import { db as appDb } from '@/db';
import type { DbOrTx } from '@/db/client';
import { applications, jobs, questions, questionSets } from '@/db/schema';
import { recordAudit } from '@/db/queries/audit';
import type { JobStatus } from '@/lib/domain/job-enums';
import { keyFromLabel, uniqueKey, type QuestionDefinition } from '@/lib/domain/question-keys';
import type { Actor } from './access';

/** A saved question: the same shape the builder edits, with its key. */
export type SavedQuestion = QuestionDefinition & { key: string };

export interface QuestionBuilderData {
  job: { id: number; slug: string; title: string; status: JobStatus };
  /** The current version; null only for a job created without one. */
  questionSet: { id: number; version: number; applicationCount: number } | null;
  questions: SavedQuestion[];
}

const questionColumns = {
  key: questions.key,
  kind: questions.kind,
  label: questions.label,
  helpText: questions.helpText,
  required: questions.required,
  options: questions.options,
};

async function currentSet(tx: DbOrTx, jobId: number) {
  const [set] = await tx
    .select({ id: questionSets.id, version: questionSets.version })
    .from(questionSets)
    .where(and(eq(questionSets.jobId, jobId), eq(questionSets.isCurrent, true)));
  return set ?? null;
}

function questionsOf(tx: DbOrTx, questionSetId: number): Promise<SavedQuestion[]> {
  return tx.select(questionColumns).from(questions).where(eq(questions.questionSetId, questionSetId)).orderBy(asc(questions.position));
}

// By job first, so the (job_id, …) indexes of applications serve it.
async function answeredCount(tx: DbOrTx, jobId: number, questionSetId: number): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(applications)
    .where(and(eq(applications.jobId, jobId), eq(applications.questionSetId, questionSetId)));
  return row?.n ?? 0;
}

/** What the builder page shows: the job, its current questions and how many applications answered them. Admins only. */
export async function getQuestionBuilder(actor: Actor, jobId: number, conn: DbOrTx = appDb): Promise<QuestionBuilderData | null> {
  if (actor.role !== 'admin') return null;
  const [job] = await conn.select({ id: jobs.id, slug: jobs.slug, title: jobs.title, status: jobs.status }).from(jobs).where(eq(jobs.id, jobId));
  if (!job) return null;
  const set = await currentSet(conn, job.id);
  if (!set) return { job, questionSet: null, questions: [] };
  const [list, applicationCount] = await Promise.all([questionsOf(conn, set.id), answeredCount(conn, job.id, set.id)]);
  return { job, questionSet: { ...set, applicationCount }, questions: list };
}

export interface SaveQuestionSetInput {
  jobId: number;
  /** The set the editor loaded: the optimistic lock. */
  loadedQuestionSetId: number | null;
  questions: QuestionDefinition[];
}

export type SaveQuestionSetResult =
  | { ok: true; changed: boolean; newVersion: boolean; questionSetId: number | null; version: number; slug: string }
  | { ok: false; reason: 'forbidden' | 'not-found' | 'stale' };

/**
 * Keys stay with their question; a new question gets one made from its label that this job
 * has never used in any version, so an old answer can never be read as the answer to a
 * different, newer question.
 */
function withKeys(input: readonly QuestionDefinition[], loaded: readonly SavedQuestion[], everUsed: ReadonlySet<string>): SavedQuestion[] {
  const loadedKeys = new Set(loaded.map((q) => q.key));
  const taken = new Set(everUsed);
  const kept = new Set<string>();
  return input.map((question) => {
    // A key the form posts is kept only if it belongs to the loaded version (and only once).
    if (question.key !== null && loadedKeys.has(question.key) && !kept.has(question.key)) {
      kept.add(question.key);
      return { ...question, key: question.key };
    }
    const key = uniqueKey(keyFromLabel(question.label), taken);
    taken.add(key);
    return { ...question, key };
  });
}

async function keysEverUsed(tx: DbOrTx, jobId: number): Promise<Set<string>> {
  const rows = await tx
    .selectDistinct({ key: questions.key })
    .from(questions)
    .innerJoin(questionSets, eq(questionSets.id, questions.questionSetId))
    .where(eq(questionSets.jobId, jobId));
  return new Set(rows.map((row) => row.key));
}

const snapshot = (set: { id: number; version: number } | null, list: readonly SavedQuestion[]) => ({
  questionSetId: set?.id ?? null,
  version: set?.version ?? 0,
  questions: list.map(({ key, kind, label, helpText, required, options }) => ({ key, kind, label, helpText, required, options })),
});

/**
 * Saves a job's questions as its current version, with an audit entry, in one transaction.
 *
 * Once an application points at the current set, that set is frozen and the save becomes a
 * new version (previous one kept, no longer current): every application keeps the questions
 * exactly as they were asked. That is also why a question may change kind under the same key
 * (number → yes/no, say): old answers are only ever read with their own version's definition.
 *
 * A set nobody has answered yet is replaced under the same version number. Replaced, not
 * updated: the new row id is the optimistic lock the builder form carries, and an application
 * validated against the old definition that commits after us fails its foreign key instead of
 * pointing at questions its candidate never saw.
 */
export async function saveQuestionSet(actor: Actor, input: SaveQuestionSetInput, conn: DbOrTx = appDb): Promise<SaveQuestionSetResult> {
  if (actor.role !== 'admin') return { ok: false, reason: 'forbidden' };
  return conn.transaction(async (tx) => {
    // Concurrent saves queue on the job row; so does an application in flight (it takes FOR SHARE),
    // so "nobody answered this version" stays true until we commit.
    const [job] = await tx.select({ id: jobs.id, slug: jobs.slug }).from(jobs).where(eq(jobs.id, input.jobId)).for('no key update');
    if (!job) return { ok: false, reason: 'not-found' };
    const current = await currentSet(tx, job.id);
    if ((current?.id ?? null) !== input.loadedQuestionSetId) return { ok: false, reason: 'stale' };

    const before = current ? await questionsOf(tx, current.id) : [];
    const after = withKeys(input.questions, before, await keysEverUsed(tx, job.id));
    const beforeSnapshot = snapshot(current, before);
    if (JSON.stringify(beforeSnapshot.questions) === JSON.stringify(snapshot(current, after).questions)) {
      return { ok: true, changed: false, newVersion: false, questionSetId: current?.id ?? null, version: current?.version ?? 0, slug: job.slug };
    }

    const answered = current ? (await answeredCount(tx, job.id, current.id)) > 0 : false;
    let version: number;
    if (current && answered) {
      await tx.update(questionSets).set({ isCurrent: false }).where(eq(questionSets.id, current.id));
      version = current.version + 1;
    } else if (current) {
      await tx.delete(questionSets).where(eq(questionSets.id, current.id));
      version = current.version;
    } else {
      const [latest] = await tx.select({ version: max(questionSets.version) }).from(questionSets).where(eq(questionSets.jobId, job.id));
      version = (latest?.version ?? 0) + 1;
    }
    const [set] = await tx.insert(questionSets).values({ jobId: job.id, version, isCurrent: true }).returning({ id: questionSets.id });
    if (!set) throw new Error('Question set insert returned no row');
    if (after.length > 0) {
      await tx.insert(questions).values(after.map((question, position) => ({ ...question, questionSetId: set.id, position })));
    }

    await recordAudit(tx, {
      actor,
      action: 'job.questions_updated',
      entityType: 'job',
      entityId: job.id,
      before: beforeSnapshot,
      after: snapshot({ id: set.id, version }, after),
    });
    return { ok: true, changed: true, newVersion: Boolean(current && answered), questionSetId: set.id, version, slug: job.slug };
  });
}
