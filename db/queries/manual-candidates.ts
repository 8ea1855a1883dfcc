import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { db as appDb } from '@/db';
import type { DbOrTx } from '@/db/client';
import { recordAudit } from '@/db/queries/audit';
import { applications, candidates, jobs, users } from '@/db/schema';
import type { ManualOrigin } from '@/lib/domain/candidate-origin';
import { visibleToActor, type Actor } from './access';

// People the hiring team adds by hand (/dashboard/candidates/new): sourced, from an agency, or
// referred by an employee, put straight onto a job they may see. They did not apply: no
// confirmation email and no status link go to them.

export interface JobChoice {
  id: number;
  title: string;
  status: string;
}

/** The jobs the actor may put someone on: their teams' (admins: all) that are not closed. */
export async function listJobsToAddTo(actor: Actor, conn: DbOrTx = appDb): Promise<JobChoice[]> {
  return conn
    .select({ id: jobs.id, title: jobs.title, status: jobs.status })
    .from(jobs)
    .where(and(inArray(jobs.status, ['published', 'draft']), visibleToActor(actor)))
    .orderBy(asc(jobs.title), asc(jobs.id));
}

export interface ReferrerChoice {
  id: string;
  label: string;
}

/** Employees who can be named as the referrer: every active user. */
export async function listReferrers(conn: DbOrTx = appDb): Promise<ReferrerChoice[]> {
  const rows = await conn.select({ id: users.id, name: users.name, email: users.email }).from(users).where(eq(users.active, true)).orderBy(asc(users.name), asc(users.email));
  return rows.map((row) => ({ id: row.id, label: row.name ? `${row.name} (${row.email})` : row.email }));
}

export interface AddByHandInput {
  jobId: number;
  firstName: string;
  lastName: string;
  email: string;
  phone?: string;
  origin: ManualOrigin;
  referrerUserId?: string;
  agencyName?: string;
  source: string;
  /** Made by lib/domain/application-reference, like a form application's. */
  reference: string;
  /** Why the team holds their data, recorded where a form application records the candidate's consent. */
  basis: string;
}

export type AddByHandResult =
  | { ok: true; applicationId: number }
  | { ok: false; reason: 'job-not-found' | 'referrer-not-found' }
  | { ok: false; reason: 'already-on-job'; applicationId: number };

/** Creates (or finds, by email) the person and their application on the job, audited; or nothing. */
export async function addCandidateByHand(actor: Actor, input: AddByHandInput, conn: DbOrTx = appDb): Promise<AddByHandResult> {
  return conn.transaction(async (tx) => {
    const [job] = await tx
      .select({
        id: jobs.id,
        stageId: sql<number | null>`(select s.id from stages s where s.job_id = "jobs"."id" and s.kind = 'applied' and s.removed_at is null order by s.position limit 1)`,
      })
      .from(jobs)
      .where(and(eq(jobs.id, input.jobId), inArray(jobs.status, ['published', 'draft']), visibleToActor(actor)));
    if (!job) return { ok: false, reason: 'job-not-found' };
    if (job.stageId === null) throw new Error(`Job ${job.id} has no 'applied' stage`);
    if (input.referrerUserId) {
      const [referrer] = await tx.select({ id: users.id }).from(users).where(and(eq(users.id, input.referrerUserId), eq(users.active, true)));
      if (!referrer) return { ok: false, reason: 'referrer-not-found' };
    }

    const [known] = await tx.select({ id: candidates.id }).from(candidates).where(eq(candidates.email, input.email));
    if (known) {
      const [existing] = await tx.select({ id: applications.id }).from(applications).where(and(eq(applications.jobId, job.id), eq(applications.candidateId, known.id)));
      if (existing) return { ok: false, reason: 'already-on-job', applicationId: existing.id };
    }

    // A person already known by this address keeps the details they gave; the new application
    // keeps its own copy of what the team typed.
    const [candidate] = await tx
      .insert(candidates)
      .values({ email: input.email, firstName: input.firstName, lastName: input.lastName, phone: input.phone ?? null })
      .onConflictDoUpdate({ target: candidates.email, set: { updatedAt: sql`now()` } })
      .returning({ id: candidates.id });
    if (!candidate) throw new Error('Candidate upsert returned no row');

    const [created] = await tx
      .insert(applications)
      .values({
        reference: input.reference,
        jobId: job.id,
        candidateId: candidate.id,
        firstName: input.firstName,
        lastName: input.lastName,
        phone: input.phone ?? null,
        stageId: job.stageId,
        answers: {},
        source: input.source,
        origin: input.origin,
        referrerUserId: input.referrerUserId ?? null,
        agencyName: input.agencyName ?? null,
        addedByUserId: actor.id,
        consentText: input.basis,
        consentedAt: sql`now()`,
      })
      .onConflictDoNothing({ target: [applications.jobId, applications.candidateId] })
      .returning({ id: applications.id });
    if (!created) {
      const [existing] = await tx
        .select({ id: applications.id })
        .from(applications)
        .where(and(eq(applications.jobId, job.id), eq(applications.candidateId, candidate.id)));
      return { ok: false, reason: 'already-on-job', applicationId: existing!.id };
    }
    await recordAudit(tx, { actor, action: 'application.added_by_hand', entityType: 'application', entityId: created.id, before: null, after: { jobId: job.id, origin: input.origin } });
    return { ok: true, applicationId: created.id };
  });
}
