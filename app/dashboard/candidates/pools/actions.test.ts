import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { searchCandidates } from '@/db/queries/candidate-search';
import { listTalentPools } from '@/db/queries/talent-pools';
import { applications, auditLog, talentPoolMembers, talentPools } from '@/db/schema';
import { ACTION_MESSAGES } from '@/lib/actions/messages';
import { POOL_MESSAGES } from '@/lib/validations/talent-pool';
import { MOVE_MESSAGES } from '../../actions/messages';
import { ensureSettings, openTestDb, uniqueSuffix } from '@/tests/helpers/apply';
import { formOf as form } from '@/tests/helpers/form-data';
import { createReviewFixture, type ReviewFixture } from '@/tests/helpers/review';
import { signInAs } from '@/tests/helpers/session-mock';

// Talent pools on a real PostgreSQL: starting one, putting people in and taking them out from an
// applicant page, and the candidate search's pool filter; only the session is faked.
vi.mock('@/lib/auth/session', () => import('@/tests/helpers/session-mock'));
const { revalidatePath } = vi.hoisted(() => ({ revalidatePath: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath }));

const { createTalentPoolAction } = await import('./actions');
const { addToPoolAction, removeFromPoolAction } = await import('../../applications/[applicationId]/actions');
const { db, sql } = openTestDb();
let f: ReviewFixture;
const idle = { status: 'idle' } as const;

beforeAll(async () => {
  await ensureSettings(db);
  f = await createReviewFixture(db);
});
beforeEach(() => {
  revalidatePath.mockClear();
});
afterAll(async () => {
  await sql.end();
  await (globalThis as { porticoDb?: { sql: { end(): Promise<void> } } }).porticoDb?.sql.end();
});

async function poolNamed(name: string) {
  const [pool] = await db.select({ id: talentPools.id }).from(talentPools).where(eq(talentPools.name, name));
  return pool?.id;
}

describe('talent pools', () => {
  it('are started by name (tidied, unique whatever the case), refusing a blank or taken name', async () => {
    signInAs(f.onTeam);
    const name = `Runners-up ${uniqueSuffix()}`;
    expect(await createTalentPoolAction(idle, form({ name: `  ${name.replace(' ', '   ')} ` }))).toEqual({ status: 'success', message: `Pool “${name}” created` });
    expect(await poolNamed(name)).toBeGreaterThan(0);
    expect(await createTalentPoolAction(idle, form({ name: name.toUpperCase() }))).toMatchObject({ status: 'error', fieldErrors: { name: [POOL_MESSAGES.taken] }, name: name.toUpperCase() });
    expect(await createTalentPoolAction(idle, form({ name: '   ' }))).toMatchObject({ fieldErrors: { name: [POOL_MESSAGES.missing] } });
    expect(await createTalentPoolAction(idle, form({ name: 'x'.repeat(81) }))).toMatchObject({ fieldErrors: { name: [POOL_MESSAGES.tooLong] } });
    signInAs(null);
    expect(await createTalentPoolAction(idle, form({ name: `Anon ${uniqueSuffix()}` }))).toMatchObject({ status: 'error', message: ACTION_MESSAGES.signedOut });
  });

  it('take people in and out through an application the user may see, audited, and filter the candidate search', async () => {
    signInAs(f.admin);
    const name = `Rust ${uniqueSuffix()}`;
    await createTalentPoolAction(idle, form({ name }));
    const poolId = (await poolNamed(name))!;
    const [app] = await db.select({ candidateId: applications.candidateId }).from(applications).where(eq(applications.id, f.applicationId));

    signInAs(f.offTeam);
    expect(await addToPoolAction(idle, form({ applicationId: String(f.applicationId), poolId: String(poolId) }))).toMatchObject({ status: 'error', message: MOVE_MESSAGES.notFound });
    signInAs(f.onTeam);
    expect(await addToPoolAction(idle, form({ applicationId: String(f.applicationId), poolId: '999999999' }))).toMatchObject({ fieldErrors: { poolId: [POOL_MESSAGES.pool] } });
    expect(await addToPoolAction(idle, form({ applicationId: String(f.applicationId), poolId: String(poolId) }))).toEqual({ status: 'success', message: 'Added to the pool' });
    expect(await db.select({ candidateId: talentPoolMembers.candidateId }).from(talentPoolMembers).where(eq(talentPoolMembers.poolId, poolId))).toEqual([{ candidateId: app!.candidateId }]);
    expect(await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, String(poolId)))).toEqual(
      expect.arrayContaining([{ action: 'talent_pool.created' }, { action: 'talent_pool.member_added' }]),
    );

    // The pool filter: the member for the team and the admin; the other team sees a pool with no one they may see.
    expect((await searchCandidates(f.onTeam, '', { poolId })).candidates.map((c) => c.candidateId)).toEqual([app!.candidateId]);
    expect((await searchCandidates(f.admin, '', { poolId })).candidates.map((c) => c.candidateId)).toEqual([app!.candidateId]);
    expect((await searchCandidates(f.offTeam, '', { poolId })).candidates).toEqual([]);
    expect((await listTalentPools(f.offTeam)).find((pool) => pool.id === poolId)).toMatchObject({ visibleMembers: 0 });
    expect((await listTalentPools(f.onTeam)).find((pool) => pool.id === poolId)).toMatchObject({ visibleMembers: 1 });

    expect(await removeFromPoolAction(idle, form({ applicationId: String(f.applicationId), poolId: String(poolId) }))).toEqual({ status: 'success', message: 'Removed from the pool' });
    expect((await searchCandidates(f.onTeam, '', { poolId })).candidates).toEqual([]);
  });
});
