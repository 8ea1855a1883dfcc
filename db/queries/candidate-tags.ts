import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { db as appDb } from '@/db';
import type { DbOrTx } from '@/db/client';
import { recordAudit } from '@/db/queries/audit';
import { applications, candidates, candidateTags, jobs } from '@/db/schema';
import { TAGS_PER_CANDIDATE } from '@/lib/domain/candidate-search';
import { visibleToActor, type Actor } from './access';

// Tags are the candidate's, reached through an application the actor may see: whoever may see
// one of the person's applications may read and change their tags.

async function candidateOf(actor: Actor, applicationId: number, conn: DbOrTx): Promise<{ candidateId: number; jobId: number } | null> {
  const [row] = await conn
    .select({ candidateId: applications.candidateId, jobId: applications.jobId })
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .where(and(eq(applications.id, applicationId), visibleToActor(actor)));
  return row ?? null;
}

/** The tags of the application's candidate, alphabetically; empty when the actor may not see it. */
export async function listCandidateTags(actor: Actor, applicationId: number, conn: DbOrTx = appDb): Promise<string[]> {
  const target = await candidateOf(actor, applicationId, conn);
  if (!target) return [];
  const rows = await conn.select({ tag: candidateTags.tag }).from(candidateTags).where(eq(candidateTags.candidateId, target.candidateId)).orderBy(asc(candidateTags.tag));
  return rows.map((row) => row.tag);
}

export type TagChangeResult = { ok: true; jobId: number; changed: boolean } | { ok: false; reason: 'not-found' | 'too-many' };

/** Adds a (normalised) tag; adding one the person already has changes nothing. Audited without the tag's words. */
export async function addCandidateTag(actor: Actor, input: { applicationId: number; tag: string }, conn: DbOrTx = appDb): Promise<TagChangeResult> {
  return conn.transaction(async (tx) => {
    const target = await candidateOf(actor, input.applicationId, tx);
    if (!target) return { ok: false, reason: 'not-found' };
    // The person's row is the lock: two adds at once (a double click, two tabs) count in turn.
    await tx.select({ id: candidates.id }).from(candidates).where(eq(candidates.id, target.candidateId)).for('update');
    const tags = await tx.select({ tag: candidateTags.tag }).from(candidateTags).where(eq(candidateTags.candidateId, target.candidateId));
    if (tags.some((row) => row.tag === input.tag)) return { ok: true, jobId: target.jobId, changed: false };
    if (tags.length >= TAGS_PER_CANDIDATE) return { ok: false, reason: 'too-many' };
    await tx.insert(candidateTags).values({ candidateId: target.candidateId, tag: input.tag, addedByUserId: actor.id });
    await recordAudit(tx, { actor, action: 'candidate.tag_added', entityType: 'candidate', entityId: target.candidateId, before: null, after: { applicationId: input.applicationId } });
    return { ok: true, jobId: target.jobId, changed: true };
  });
}

/** Removes a tag from the person; removing one they do not have changes nothing. */
export async function removeCandidateTag(actor: Actor, input: { applicationId: number; tag: string }, conn: DbOrTx = appDb): Promise<TagChangeResult> {
  return conn.transaction(async (tx) => {
    const target = await candidateOf(actor, input.applicationId, tx);
    if (!target) return { ok: false, reason: 'not-found' };
    const removed = await tx
      .delete(candidateTags)
      .where(and(eq(candidateTags.candidateId, target.candidateId), eq(candidateTags.tag, input.tag)))
      .returning({ tag: candidateTags.tag });
    if (removed.length === 0) return { ok: true, jobId: target.jobId, changed: false };
    await recordAudit(tx, { actor, action: 'candidate.tag_removed', entityType: 'candidate', entityId: target.candidateId, before: { applicationId: input.applicationId }, after: null });
    return { ok: true, jobId: target.jobId, changed: true };
  });
}
