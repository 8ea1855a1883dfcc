import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { db as appDb } from '@/db';
import type { DbOrTx } from '@/db/client';
import { recordAudit } from '@/db/queries/audit';
import { applications, jobs, talentPoolMembers, talentPools } from '@/db/schema';
import { visibleToActor, type Actor } from './access';

// Talent pools: company-wide named lists of people. Anyone signed in may start a pool and put
// in it a person whose application they may see; the members each user is shown stay within
// the applications that user may see (db/queries/candidate-search.ts).

export interface TalentPoolView {
  id: number;
  name: string;
  /** Members the viewer may see (through an application on one of their jobs). */
  visibleMembers: number;
}

export async function listTalentPools(actor: Actor, conn: DbOrTx = appDb): Promise<TalentPoolView[]> {
  const scope = actor.role === 'admin' ? sql`true` : sql`exists (select 1 from hiring_team_members h where h.job_id = a.job_id and h.user_id = ${actor.id})`;
  const rows = await conn.execute<{ id: number; name: string; visibleMembers: number }>(sql`
    select p.id, p.name,
      (select count(*)::int from talent_pool_members m
        where m.pool_id = p.id and exists (select 1 from applications a where a.candidate_id = m.candidate_id and ${scope})) as "visibleMembers"
    from talent_pools p order by lower(p.name), p.id`);
  return [...rows];
}

export type CreatePoolResult = { ok: true; id: number } | { ok: false; reason: 'name-taken' };

export async function createTalentPool(actor: Actor, name: string, conn: DbOrTx = appDb): Promise<CreatePoolResult> {
  return conn.transaction(async (tx) => {
    const [pool] = await tx
      .insert(talentPools)
      .values({ name, createdByUserId: actor.id })
      .onConflictDoNothing()
      .returning({ id: talentPools.id });
    if (!pool) return { ok: false, reason: 'name-taken' };
    await recordAudit(tx, { actor, action: 'talent_pool.created', entityType: 'talent_pool', entityId: pool.id, before: null, after: { name } });
    return { ok: true, id: pool.id };
  });
}

async function candidateOf(actor: Actor, applicationId: number, conn: DbOrTx) {
  const [row] = await conn
    .select({ candidateId: applications.candidateId })
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .where(and(eq(applications.id, applicationId), visibleToActor(actor)));
  return row ?? null;
}

/** The pools the application's person is in, by name; empty when the actor may not see the application. */
export async function listPoolsOfApplicant(actor: Actor, applicationId: number, conn: DbOrTx = appDb): Promise<Array<{ id: number; name: string }>> {
  const target = await candidateOf(actor, applicationId, conn);
  if (!target) return [];
  return conn
    .select({ id: talentPools.id, name: talentPools.name })
    .from(talentPoolMembers)
    .innerJoin(talentPools, eq(talentPools.id, talentPoolMembers.poolId))
    .where(eq(talentPoolMembers.candidateId, target.candidateId))
    .orderBy(sql`lower(${talentPools.name})`, asc(talentPools.id));
}

export type PoolMembershipResult = { ok: true; changed: boolean } | { ok: false; reason: 'not-found' | 'pool-not-found' };

/** Puts the application's person in the pool (or takes them out), audited with ids. */
export async function setPoolMembership(
  actor: Actor,
  input: { applicationId: number; poolId: number; member: boolean },
  conn: DbOrTx = appDb,
): Promise<PoolMembershipResult> {
  return conn.transaction(async (tx) => {
    const target = await candidateOf(actor, input.applicationId, tx);
    if (!target) return { ok: false, reason: 'not-found' };
    const [pool] = await tx.select({ id: talentPools.id }).from(talentPools).where(eq(talentPools.id, input.poolId));
    if (!pool) return { ok: false, reason: 'pool-not-found' };
    const changed = input.member
      ? await tx.insert(talentPoolMembers).values({ poolId: pool.id, candidateId: target.candidateId, addedByUserId: actor.id }).onConflictDoNothing().returning({ id: talentPoolMembers.poolId })
      : await tx
          .delete(talentPoolMembers)
          .where(and(eq(talentPoolMembers.poolId, pool.id), eq(talentPoolMembers.candidateId, target.candidateId)))
          .returning({ id: talentPoolMembers.poolId });
    if (changed.length === 0) return { ok: true, changed: false };
    await recordAudit(tx, {
      actor,
      action: input.member ? 'talent_pool.member_added' : 'talent_pool.member_removed',
      entityType: 'talent_pool',
      entityId: pool.id,
      before: input.member ? null : { candidateId: target.candidateId },
      after: input.member ? { candidateId: target.candidateId } : null,
    });
    return { ok: true, changed: true };
  });
}
