import 'server-only';
import { and, asc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { db as appDb } from '@/db';
import type { DbOrTx } from '@/db/client';
import { recordAudit } from '@/db/queries/audit';
import { applications, candidates, candidateTags, jobs } from '@/db/schema';
import type { Actor } from './access';

// Two records of one person (an application under a private address, another under a work one;
// a referral added by hand before they applied): an admin merges the duplicate into the record
// being viewed. The duplicate's applications move, and with them everything hung on an
// application (notes, ratings, files, interviews, scorecards, emails, EEO answers); its tags
// and talent pools join the kept record's; the duplicate row goes. Admins only: a person's applications span
// jobs and teams.

export type MergeResult =
  | { ok: true; keptCandidateId: number; movedApplicationIds: number[] }
  | { ok: false; reason: 'forbidden' | 'not-found' | 'duplicate-not-found' | 'same-record' }
  | { ok: false; reason: 'same-job'; jobTitles: string[] };

export async function mergeCandidateInto(actor: Actor, input: { applicationId: number; duplicateEmail: string }, conn: DbOrTx = appDb): Promise<MergeResult> {
  if (actor.role !== 'admin') return { ok: false, reason: 'forbidden' };
  return conn.transaction(async (tx) => {
    const [kept] = await tx
      .select({ id: candidates.id })
      .from(applications)
      .innerJoin(candidates, eq(candidates.id, applications.candidateId))
      .where(and(eq(applications.id, input.applicationId), isNull(candidates.personalDataPurgedAt)));
    if (!kept) return { ok: false, reason: 'not-found' };
    const [duplicate] = await tx
      .select({ id: candidates.id })
      .from(candidates)
      .where(and(eq(candidates.email, input.duplicateEmail), isNull(candidates.personalDataPurgedAt)));
    if (!duplicate) return { ok: false, reason: 'duplicate-not-found' };
    if (duplicate.id === kept.id) return { ok: false, reason: 'same-record' };

    // Both rows locked in id order, so two merges of the same pair cannot deadlock.
    await tx.select({ id: candidates.id }).from(candidates).where(inArray(candidates.id, [kept.id, duplicate.id])).orderBy(asc(candidates.id)).for('update');

    // One application per person per job: a job both records applied to is for a person to settle.
    const clashes = await tx
      .select({ title: jobs.title })
      .from(applications)
      .innerJoin(jobs, eq(jobs.id, applications.jobId))
      .where(
        and(
          eq(applications.candidateId, duplicate.id),
          sql`exists (select 1 from applications k where k.candidate_id = ${kept.id} and k.job_id = ${applications.jobId})`,
        ),
      )
      .orderBy(asc(jobs.title));
    if (clashes.length > 0) return { ok: false, reason: 'same-job', jobTitles: clashes.map((row) => row.title) };

    const moved = await tx.update(applications).set({ candidateId: kept.id }).where(eq(applications.candidateId, duplicate.id)).returning({ id: applications.id });
    await tx.execute(sql`
      insert into candidate_tags (candidate_id, tag, added_by_user_id, created_at)
      select ${kept.id}, tag, added_by_user_id, created_at from candidate_tags where candidate_id = ${duplicate.id}
      on conflict do nothing`);
    await tx.delete(candidateTags).where(eq(candidateTags.candidateId, duplicate.id));
    await tx.execute(sql`
      insert into talent_pool_members (pool_id, candidate_id, added_by_user_id, created_at)
      select pool_id, ${kept.id}, added_by_user_id, created_at from talent_pool_members where candidate_id = ${duplicate.id}
      on conflict do nothing`);
    await tx.delete(candidates).where(and(eq(candidates.id, duplicate.id), ne(candidates.id, kept.id)));
    const movedApplicationIds = moved.map((row) => row.id).sort((a, b) => a - b);
    // Ids only: the duplicate's address is personal data the audit log must not keep.
    await recordAudit(tx, { actor, action: 'candidate.merged', entityType: 'candidate', entityId: kept.id, before: { candidateId: duplicate.id }, after: { applicationIds: movedApplicationIds } });
    return { ok: true, keptCandidateId: kept.id, movedApplicationIds };
  });
}
