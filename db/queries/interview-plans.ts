import 'server-only';
import { and, asc, count, eq, inArray, max } from 'drizzle-orm';
import { db as appDb } from '@/db';
import type { DbOrTx } from '@/db/client';
import { interviewKinds, interviewPlans, interviews, jobs, type ScorecardCriterion } from '@/db/schema';
import { DEFAULT_INTERVIEW_KINDS } from '@/lib/domain/hiring-loop';
import { canAccessJob, type Actor } from './access';

// A job's interview kinds and their scorecard criteria, versioned like question sets: a plan
// some interview already uses is frozen, and saving makes the next version.

export interface InterviewKindView {
  id: number;
  key: string;
  name: string;
  criteria: ScorecardCriterion[];
}

export interface InterviewPlanView {
  jobId: number;
  jobTitle: string;
  planId: number | null;
  version: number;
  /** Interviews that use this version: saving then makes a new one. */
  interviewCount: number;
  kinds: InterviewKindView[];
}

const kindColumns = { id: interviewKinds.id, key: interviewKinds.key, name: interviewKinds.name, criteria: interviewKinds.criteria };

async function currentPlan(conn: DbOrTx, jobId: number) {
  const [plan] = await conn
    .select({ id: interviewPlans.id, version: interviewPlans.version })
    .from(interviewPlans)
    .where(and(eq(interviewPlans.jobId, jobId), eq(interviewPlans.isCurrent, true)));
  return plan ?? null;
}

function kindsOf(conn: DbOrTx, planId: number): Promise<InterviewKindView[]> {
  return conn.select(kindColumns).from(interviewKinds).where(eq(interviewKinds.planId, planId)).orderBy(asc(interviewKinds.position));
}

async function usedCount(conn: DbOrTx, planId: number): Promise<number> {
  const [row] = await conn
    .select({ n: count() })
    .from(interviews)
    .innerJoin(interviewKinds, eq(interviewKinds.id, interviews.interviewKindId))
    .where(eq(interviewKinds.planId, planId));
  return row?.n ?? 0;
}

/** The criteria keys a label gets: lower-case words joined by hyphens, unique within the kind. */
export function keyFor(label: string, taken: Set<string>): string {
  const base = label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'item';
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  taken.add(key);
  return key;
}

export interface KindInput {
  /** A kind or criterion posted back with its key keeps it (and so its scorecards' meaning). */
  key: string | null;
  name: string;
  criteria: Array<{ key: string | null; label: string }>;
}

function withKeys(input: readonly KindInput[], loaded: readonly InterviewKindView[]) {
  const kindKeys = new Set<string>();
  const loadedByKey = new Map(loaded.map((kind) => [kind.key, kind]));
  return input.map((kind) => {
    const previous = kind.key ? loadedByKey.get(kind.key) : undefined;
    const key = previous && !kindKeys.has(previous.key) ? (kindKeys.add(previous.key), previous.key) : keyFor(kind.name, kindKeys);
    const criterionKeys = new Set<string>();
    const known = new Set(previous?.criteria.map((c) => c.key) ?? []);
    const criteria = kind.criteria.map((criterion) =>
      criterion.key && known.has(criterion.key) && !criterionKeys.has(criterion.key)
        ? (criterionKeys.add(criterion.key), { key: criterion.key, label: criterion.label })
        : { key: keyFor(criterion.label, criterionKeys), label: criterion.label },
    );
    return { key, name: kind.name, criteria };
  });
}

/**
 * The current kinds of a job, making version 1 from the defaults the first time a job needs
 * them (so every job can schedule an interview without set-up). Not scoped: callers check access.
 */
export async function ensureInterviewPlan(tx: DbOrTx, jobId: number): Promise<{ planId: number; kinds: InterviewKindView[] }> {
  const existing = await currentPlan(tx, jobId);
  if (existing) return { planId: existing.id, kinds: await kindsOf(tx, existing.id) };
  const [created] = await tx.insert(interviewPlans).values({ jobId, version: 1, isCurrent: true }).onConflictDoNothing().returning({ id: interviewPlans.id });
  // Another request made it first: use theirs.
  if (!created) return ensureInterviewPlan(tx, jobId);
  const kinds = withKeys(
    DEFAULT_INTERVIEW_KINDS.map((kind) => ({ key: null, name: kind.name, criteria: kind.criteria.map((label) => ({ key: null, label })) })),
    [],
  );
  await tx.insert(interviewKinds).values(kinds.map((kind, position) => ({ ...kind, planId: created.id, position })));
  return { planId: created.id, kinds: await kindsOf(tx, created.id) };
}

/** The plan editor's data; null when the actor may not see the job (404). */
export async function getInterviewPlan(actor: Actor, jobId: number, conn: DbOrTx = appDb): Promise<InterviewPlanView | null> {
  if (!(await canAccessJob(actor, jobId, conn))) return null;
  const [job] = await conn.select({ id: jobs.id, title: jobs.title }).from(jobs).where(eq(jobs.id, jobId));
  if (!job) return null;
  const plan = await currentPlan(conn, jobId);
  if (!plan) {
    const kinds = DEFAULT_INTERVIEW_KINDS.map((kind, i) => ({ id: -1 - i, key: '', name: kind.name, criteria: kind.criteria.map((label) => ({ key: '', label })) }));
    return { jobId, jobTitle: job.title, planId: null, version: 0, interviewCount: 0, kinds };
  }
  const [kinds, interviewCount] = await Promise.all([kindsOf(conn, plan.id), usedCount(conn, plan.id)]);
  return { jobId, jobTitle: job.title, planId: plan.id, version: plan.version, interviewCount, kinds };
}

export type SavePlanResult = { ok: true; version: number; newVersion: boolean } | { ok: false; reason: 'not-found' | 'stale' };

/** Saves the kinds as the job's current plan (a new version once any interview used the old one). */
export async function saveInterviewPlan(
  tx: DbOrTx,
  actor: Actor,
  input: { jobId: number; loadedPlanId: number | null; kinds: KindInput[] },
): Promise<SavePlanResult & { before?: unknown; after?: unknown }> {
  const [job] = await tx.select({ id: jobs.id }).from(jobs).where(eq(jobs.id, input.jobId)).for('no key update');
  if (!job || !(await canAccessJob(actor, job.id, tx))) return { ok: false, reason: 'not-found' };
  const current = await currentPlan(tx, job.id);
  if ((current?.id ?? null) !== input.loadedPlanId) return { ok: false, reason: 'stale' };
  const loaded = current ? await kindsOf(tx, current.id) : [];
  const kinds = withKeys(input.kinds, loaded);
  let version: number;
  const used = current ? (await usedCount(tx, current.id)) > 0 : false;
  if (current && used) {
    await tx.update(interviewPlans).set({ isCurrent: false }).where(eq(interviewPlans.id, current.id));
    version = current.version + 1;
  } else if (current) {
    // Nobody interviewed on it: replaced, and slots offered for its kinds go with it.
    await tx.delete(interviewPlans).where(eq(interviewPlans.id, current.id));
    version = current.version;
  } else {
    const [latest] = await tx.select({ version: max(interviewPlans.version) }).from(interviewPlans).where(eq(interviewPlans.jobId, job.id));
    version = (latest?.version ?? 0) + 1;
  }
  const [plan] = await tx.insert(interviewPlans).values({ jobId: job.id, version, isCurrent: true }).returning({ id: interviewPlans.id });
  if (!plan) throw new Error('Interview plan insert returned no row');
  if (kinds.length > 0) await tx.insert(interviewKinds).values(kinds.map((kind, position) => ({ ...kind, planId: plan.id, position })));
  return { ok: true, version, newVersion: used, before: { version: current?.version ?? 0, kinds: loaded.map(({ key, name, criteria }) => ({ key, name, criteria })) }, after: { version, kinds } };
}

/** Whether these kind ids belong to the job's current plan (what scheduling and slots may use). */
export async function currentKindOfJob(conn: DbOrTx, jobId: number, kindId: number): Promise<InterviewKindView | null> {
  const [row] = await conn
    .select(kindColumns)
    .from(interviewKinds)
    .innerJoin(interviewPlans, eq(interviewPlans.id, interviewKinds.planId))
    .where(and(eq(interviewKinds.id, kindId), eq(interviewPlans.jobId, jobId), eq(interviewPlans.isCurrent, true)));
  return row ?? null;
}

/** Names of kinds by id, for lists (any version). */
export async function kindNames(conn: DbOrTx, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await conn.select({ id: interviewKinds.id, name: interviewKinds.name }).from(interviewKinds).where(inArray(interviewKinds.id, ids));
  return new Map(rows.map((row) => [row.id, row.name]));
}
