import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAdminJob } from '@/db/queries/admin-jobs';
import { jobs } from '@/db/schema';
import { createTestJob, ensureSettings, openTestDb } from '@/tests/helpers/apply';
import { auditEntries } from '@/tests/helpers/admin-jobs';
import { closeExpiredJobs } from './close-expired-jobs';

const { db, sql } = openTestDb();

beforeAll(async () => {
  await ensureSettings(db);
});

afterAll(async () => {
  await sql.end();
});

const MINUTE = 60_000;

describe('closeExpiredJobs', () => {
  it('closes a job past its closing date exactly once when two sweeps run at the same time', async () => {
    const job = await createTestJob(db, { status: 'published', publishedAt: new Date(Date.now() - 60 * MINUTE) });
    // Set after creation: the publish rules would refuse a past date, but time passes by itself.
    await db.update(jobs).set({ closesAt: new Date(Date.now() - MINUTE) }).where(eq(jobs.id, job.id));

    const sweep = () => closeExpiredJobs(db, { onlyJobIds: [job.id] });
    const [first, second] = await Promise.all([sweep(), sweep()]);
    const closers = [first, second].filter((closed) => closed.some((c) => c.id === job.id));
    expect(closers).toHaveLength(1);
    expect(closers[0]).toContainEqual({ id: job.id, slug: job.slug });

    const after = await getAdminJob(job.id, db);
    expect(after).toMatchObject({ status: 'closed', version: 2 });
    expect(after?.closedAt).toBeInstanceOf(Date);
    const audit = await auditEntries(db, 'job', job.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'job.auto_closed', actorUserId: null, before: { status: 'published', version: 1 }, after: { status: 'closed', version: 2 } });

    // A later sweep finds nothing more to do for it.
    expect(await sweep()).toEqual([]);
    expect(await auditEntries(db, 'job', job.id)).toHaveLength(1);
  });

  it('leaves alone jobs still open, without a closing date, and drafts', async () => {
    const future = await createTestJob(db, { status: 'published', closesAt: new Date(Date.now() + 60 * MINUTE) });
    const open = await createTestJob(db, { status: 'published' });
    const draftJob = await createTestJob(db, { status: 'draft' });
    await db.update(jobs).set({ closesAt: new Date(Date.now() - MINUTE) }).where(eq(jobs.id, draftJob.id));
    const closed = await closeExpiredJobs(db, { onlyJobIds: [future.id, open.id, draftJob.id] });
    expect(closed).toEqual([]);
    expect((await getAdminJob(future.id, db))?.status).toBe('published');
    expect((await getAdminJob(draftJob.id, db))?.status).toBe('draft');
  });
});
