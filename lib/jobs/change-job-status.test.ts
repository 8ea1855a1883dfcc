import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/db/queries/access';
import { createAdminJob, getAdminJob } from '@/db/queries/admin-jobs';
import { getPublicJobBySlug } from '@/db/queries/jobs';
import { jobs, settings } from '@/db/schema';
import { auditEntries, completeJobData, createTestLocation, testActor } from '@/tests/helpers/admin-jobs';
import { ensureSettings, openTestDb } from '@/tests/helpers/apply';
import type { JobData } from '@/lib/validations/job';
import { changeJobStatus } from './change-job-status';
import type { JobTransition } from './lifecycle';

const { db, sql } = openTestDb();
let admin: Actor;
let manager: Actor;
let locationId: number;

beforeAll(async () => {
  await ensureSettings(db);
  admin = await testActor(db, 'admin');
  manager = await testActor(db, 'hiring_manager');
  locationId = (await createTestLocation(db)).id;
});

afterAll(async () => {
  await sql.end();
});

async function draft(overrides: Partial<JobData> = {}): Promise<number> {
  const result = await createAdminJob(admin, completeJobData(locationId, overrides), db);
  if (!result.ok) throw new Error(result.reason);
  return result.id;
}

const move = (jobId: number, transition: JobTransition, actor: Actor = admin) => changeJobStatus(actor, { jobId, transition }, db);

describe('publishing', () => {
  it('lists every missing item and changes nothing', async () => {
    const [policy] = await db.select({ requirePayRange: settings.requirePayRange }).from(settings);
    const jobId = await draft({ locationId: null, descriptionMarkdown: '', pay: null });
    const result = await move(jobId, 'publish');
    const expected = policy?.requirePayRange === false ? ['description', 'location'] : ['description', 'location', 'pay'];
    expect(result).toEqual({ ok: false, reason: 'incomplete', problems: expected });
    expect(await getAdminJob(jobId, db)).toMatchObject({ status: 'draft', version: 1, publishedAt: null });
  });

  it('refuses a closing date that has passed', async () => {
    const jobId = await draft({ closesAt: new Date(Date.now() - 60_000) });
    expect(await move(jobId, 'publish')).toEqual({ ok: false, reason: 'incomplete', problems: ['closingDate'] });
  });

  it('publishes a complete draft: published_at set once, public page live, audit entry', async () => {
    const jobId = await draft();
    const result = await move(jobId, 'publish');
    expect(result).toMatchObject({ ok: true, status: 'published' });
    const job = await getAdminJob(jobId, db);
    expect(job).toMatchObject({ status: 'published', version: 2, closedAt: null });
    expect(job?.publishedAt).toBeInstanceOf(Date);
    expect(await getPublicJobBySlug(job!.slug, db)).toMatchObject({ status: 'published' });
    const [entry] = (await auditEntries(db, 'job', jobId)).filter((e) => e.action === 'job.published');
    expect(entry).toMatchObject({ actorUserId: admin.id, before: { status: 'draft', version: 1 }, after: { status: 'published', version: 2 } });
  });
});

describe('the lifecycle', () => {
  it('closes, reopens, closes and archives, keeping the first publish date', async () => {
    const jobId = await draft();
    await move(jobId, 'publish');
    const firstPublishedAt = (await getAdminJob(jobId, db))?.publishedAt;

    expect(await move(jobId, 'close')).toMatchObject({ ok: true, status: 'closed' });
    const closed = await getAdminJob(jobId, db);
    expect(closed?.closedAt).toBeInstanceOf(Date);

    expect(await move(jobId, 'reopen')).toMatchObject({ ok: true, status: 'published' });
    const reopened = await getAdminJob(jobId, db);
    expect(reopened).toMatchObject({ status: 'published', closedAt: null, publishedAt: firstPublishedAt });

    await move(jobId, 'close');
    expect(await move(jobId, 'archive')).toMatchObject({ ok: true, status: 'archived' });
    expect(await getAdminJob(jobId, db)).toMatchObject({ status: 'archived', version: 6 });
    expect(await getPublicJobBySlug(reopened!.slug, db)).toBeNull();
    expect((await auditEntries(db, 'job', jobId)).map((e) => e.action)).toEqual([
      'job.created', 'job.published', 'job.closed', 'job.reopened', 'job.closed', 'job.archived',
    ]);
  });

  it('refuses every move the lifecycle does not allow', async () => {
    const jobId = await draft();
    for (const transition of ['close', 'reopen', 'archive'] as const) {
      expect(await move(jobId, transition)).toMatchObject({ ok: false, reason: 'invalid' });
    }
    await move(jobId, 'publish');
    expect(await move(jobId, 'publish')).toEqual({ ok: false, reason: 'invalid', message: 'Only a draft can be published. This job is published.' });
    expect(await move(jobId, 'archive')).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await getAdminJob(jobId, db)).toMatchObject({ status: 'published', version: 2 });
  });

  it('checks the publish rules again on reopening', async () => {
    const jobId = await draft();
    await move(jobId, 'publish');
    await move(jobId, 'close');
    await db.update(jobs).set({ closesAt: new Date(Date.now() - 1000) }).where(eq(jobs.id, jobId));
    expect(await move(jobId, 'reopen')).toEqual({ ok: false, reason: 'incomplete', problems: ['closingDate'] });
  });

  it('refuses a hiring manager and an unknown job', async () => {
    const jobId = await draft();
    expect(await move(jobId, 'publish', manager)).toEqual({ ok: false, reason: 'forbidden' });
    expect(await getAdminJob(jobId, db)).toMatchObject({ status: 'draft' });
    expect(await move(2_000_000_000, 'publish')).toEqual({ ok: false, reason: 'not-found' });
  });

  it('publishes a job exactly once when two admins press Publish together', async () => {
    const jobId = await draft();
    const results = await Promise.all([move(jobId, 'publish'), move(jobId, 'publish')]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === 'invalid')).toHaveLength(1);
    expect((await auditEntries(db, 'job', jobId)).filter((e) => e.action === 'job.published')).toHaveLength(1);
  });
});
