// Integration tests against a real PostgreSQL (DATABASE_URL): each test makes its own job and users.
import { and, desc, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb } from '@/db/client';
import { auditLog, hiringTeamMembers } from '@/db/schema';
import { createTestUser } from '@/tests/helpers/auth-users';
import { createTestJob } from '@/tests/helpers/apply';
import { canAccessJob } from './access';
import { addTeamMember, getJobTeam, listJobTeams, listTeamCandidates, removeTeamMember } from './teams';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL must point at a migrated test database');
const { db, sql } = createDb(url, { max: 6 });
afterAll(() => sql.end());

const admin = async () => ({ id: (await createTestUser(db, { role: 'admin' })).id, role: 'admin' as const });
// By this test's admin too: job ids repeat across databases' histories, admins do not.
const jobAudit = (jobId: number, actorId: string) =>
  db
    .select({ action: auditLog.action, actor: auditLog.actorUserId, before: auditLog.before, after: auditLog.after })
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'job'), eq(auditLog.entityId, String(jobId)), eq(auditLog.actorUserId, actorId)))
    .orderBy(desc(auditLog.id));

describe('hiring teams', () => {
  it('adds and removes a member, giving and taking away access, with an audit entry each', async () => {
    const actor = await admin();
    const job = await createTestJob(db, { slug: `it-team-${crypto.randomUUID().slice(0, 8)}` });
    const user = await createTestUser(db);
    const member = { id: user.id, role: 'hiring_manager' as const };
    expect(await canAccessJob(member, job.id, db)).toBe(false);
    expect((await listTeamCandidates(actor, job.id, db)).map((u) => u.id)).toContain(user.id);

    expect(await addTeamMember(actor, { jobId: job.id, userId: user.id }, db)).toEqual({ ok: true, name: 'Test User' });
    expect(await canAccessJob(member, job.id, db)).toBe(true);
    expect((await getJobTeam(actor, job.id, db))?.members.map((m) => m.email)).toEqual([user.email]);
    expect((await listTeamCandidates(actor, job.id, db)).map((u) => u.id)).not.toContain(user.id);
    expect(await addTeamMember(actor, { jobId: job.id, userId: user.id }, db)).toEqual({ ok: false, reason: 'already-member' });

    expect(await removeTeamMember(actor, { jobId: job.id, userId: user.id }, db)).toEqual({ ok: true, name: 'Test User' });
    expect(await canAccessJob(member, job.id, db)).toBe(false);
    expect(await removeTeamMember(actor, { jobId: job.id, userId: user.id }, db)).toEqual({ ok: false, reason: 'not-member' });
    expect(await jobAudit(job.id, actor.id)).toEqual([
      { action: 'hiring_team.member_removed', actor: actor.id, before: { userId: user.id, email: user.email }, after: null },
      { action: 'hiring_team.member_added', actor: actor.id, before: null, after: { userId: user.id, email: user.email } },
    ]);
  });

  it('refuses inactive and unknown users, unknown jobs, and hiring managers', async () => {
    const actor = await admin();
    const job = await createTestJob(db, { slug: `it-team-${crypto.randomUUID().slice(0, 8)}` });
    const inactive = await createTestUser(db, { active: false });
    const manager = await createTestUser(db);
    expect((await listTeamCandidates(actor, job.id, db)).map((u) => u.id)).not.toContain(inactive.id);
    expect(await addTeamMember(actor, { jobId: job.id, userId: inactive.id }, db)).toEqual({ ok: false, reason: 'user-unavailable' });
    expect(await addTeamMember(actor, { jobId: job.id, userId: crypto.randomUUID() }, db)).toEqual({ ok: false, reason: 'user-unavailable' });
    expect(await addTeamMember(actor, { jobId: 2_147_483_000, userId: manager.id }, db)).toEqual({ ok: false, reason: 'job-not-found' });

    const asManager = { id: manager.id, role: 'hiring_manager' as const };
    expect(await addTeamMember(asManager, { jobId: job.id, userId: manager.id }, db)).toEqual({ ok: false, reason: 'forbidden' });
    await addTeamMember(actor, { jobId: job.id, userId: manager.id }, db);
    expect(await removeTeamMember(asManager, { jobId: job.id, userId: manager.id }, db)).toEqual({ ok: false, reason: 'forbidden' });
    expect(await getJobTeam(asManager, job.id, db)).toBeNull();
    expect(await listJobTeams(asManager, {}, db)).toEqual({ jobs: [], nextBefore: null });
    const rows = await db.select().from(hiringTeamMembers).where(eq(hiringTeamMembers.jobId, job.id));
    expect(rows.map((r) => r.userId)).toEqual([manager.id]);
    expect((await jobAudit(job.id, actor.id)).map((e) => e.action)).toEqual(['hiring_team.member_added']);
  });

  it('lists jobs newest first with their members, page by page', async () => {
    const actor = await admin();
    const user = await createTestUser(db);
    const job = await createTestJob(db, { slug: `it-team-${crypto.randomUUID().slice(0, 8)}`, status: 'draft' });
    await addTeamMember(actor, { jobId: job.id, userId: user.id }, db);
    const first = await listJobTeams(actor, {}, db);
    const ids = first.jobs.map((j) => j.jobId);
    expect([...ids].sort((a, b) => b - a)).toEqual(ids);
    expect(first.jobs.find((j) => j.jobId === job.id)?.members.map((m) => m.id)).toEqual([user.id]);
    if (first.nextBefore) {
      const second = await listJobTeams(actor, { before: first.nextBefore }, db);
      expect(second.jobs.every((j) => j.jobId < first.nextBefore!)).toBe(true);
    }
  });
});
