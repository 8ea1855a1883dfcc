import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobs, jobSlugs, questionSets, stages } from '@/db/schema';
import { DEFAULT_STAGES } from '@/lib/domain/job-enums';
import { auditEntries, completeJobData, createTestDepartment, createTestLocation, testActor } from '@/tests/helpers/admin-jobs';
import { ensureSettings, openTestDb, uniqueSuffix } from '@/tests/helpers/apply';
import type { Actor } from './access';
import { createAdminJob, getAdminJob, listAdminJobs, updateAdminJob } from './admin-jobs';
import { getRenamedJobSlug } from './jobs';

const { db, sql } = openTestDb();
let admin: Actor;
let manager: Actor;

beforeAll(async () => {
  await ensureSettings(db);
  admin = await testActor(db, 'admin');
  manager = await testActor(db, 'hiring_manager');
});

afterAll(async () => {
  await sql.end();
});

async function created(data = completeJobData(null)) {
  const result = await createAdminJob(admin, data, db);
  if (!result.ok) throw new Error(`createAdminJob refused: ${result.reason}`);
  const job = await getAdminJob(result.id, db);
  if (!job) throw new Error('created job not found');
  return job;
}

describe('createAdminJob', () => {
  it('creates a draft with the default stages, question set v1 and an audit entry', async () => {
    const department = await createTestDepartment(db);
    const data = completeJobData(null, { departmentId: department.id });
    const job = await created(data);
    expect(job).toMatchObject({ slug: data.slug, title: data.title, status: 'draft', version: 1, publishedAt: null, payMin: '90000.00', payCurrency: 'EUR' });
    const stageRows = await db.select({ name: stages.name }).from(stages).where(eq(stages.jobId, job.id));
    expect(stageRows.map((s) => s.name).sort()).toEqual(DEFAULT_STAGES.map((s) => s.name).sort());
    const sets = await db.select({ version: questionSets.version, isCurrent: questionSets.isCurrent }).from(questionSets).where(eq(questionSets.jobId, job.id));
    expect(sets).toEqual([{ version: 1, isCurrent: true }]);
    const audit = await auditEntries(db, 'job', job.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'job.created', actorUserId: admin.id, before: null, after: { title: data.title, slug: data.slug, status: 'draft' } });
  });

  it('makes a slug from the title when none is given, numbering it when taken', async () => {
    const title = `Slug Source ${uniqueSuffix()}`;
    const first = await created(completeJobData(null, { title, slug: null }));
    const second = await created(completeJobData(null, { title, slug: null }));
    expect(first.slug).toBe(title.toLowerCase().replace(/ /g, '-'));
    expect(second.slug).toBe(`${first.slug}-2`);
  });

  it('refuses a slug another job uses, and writes nothing', async () => {
    const job = await created();
    const result = await createAdminJob(admin, completeJobData(null, { slug: job.slug, title: 'Copy' }), db);
    expect(result).toEqual({ ok: false, reason: 'slug-taken' });
  });

  it('refuses a hiring manager', async () => {
    const data = completeJobData(null);
    expect(await createAdminJob(manager, data, db)).toEqual({ ok: false, reason: 'forbidden' });
    const [row] = await db.select({ n: count() }).from(jobs).where(eq(jobs.slug, data.slug!));
    expect(row?.n).toBe(0);
  });
});

describe('updateAdminJob', () => {
  it('saves the fields, bumps the version and audits only what changed', async () => {
    const job = await created();
    const result = await updateAdminJob(admin, job.id, { ...completeJobData(null, { slug: job.slug, title: 'Renamed Designer' }), version: 1 }, db);
    expect(result).toEqual({ ok: true, id: job.id, slug: job.slug, previousSlug: null });
    expect(await getAdminJob(job.id, db)).toMatchObject({ title: 'Renamed Designer', version: 2 });
    const audit = await auditEntries(db, 'job', job.id);
    expect(audit.at(-1)).toEqual({
      action: 'job.updated',
      actorUserId: admin.id,
      before: { title: 'Integration Test Designer', version: 1 },
      after: { title: 'Renamed Designer', version: 2 },
    });
  });

  it('keeps an old slug of a published job redirecting after a rename', async () => {
    const location = await createTestLocation(db);
    const job = await created(completeJobData(location.id));
    await db.update(jobs).set({ status: 'published', publishedAt: new Date() }).where(eq(jobs.id, job.id));
    const newSlug = `it-admin-renamed-${uniqueSuffix()}`;
    const result = await updateAdminJob(admin, job.id, { ...completeJobData(location.id, { slug: newSlug }), version: job.version }, db);
    expect(result).toEqual({ ok: true, id: job.id, slug: newSlug, previousSlug: job.slug });
    expect(await db.select({ jobId: jobSlugs.jobId }).from(jobSlugs).where(eq(jobSlugs.slug, job.slug))).toEqual([{ jobId: job.id }]);
    expect(await getRenamedJobSlug(job.slug, db)).toBe(newSlug);
    // The old slug now belongs to that job's history: nobody else may take it.
    expect(await createAdminJob(admin, completeJobData(null, { slug: job.slug }), db)).toEqual({ ok: false, reason: 'slug-taken' });
  });

  it('does not reserve the slugs a draft had', async () => {
    const job = await created();
    await updateAdminJob(admin, job.id, { ...completeJobData(null, { slug: `${job.slug}-x` }), version: 1 }, db);
    expect(await db.select({ jobId: jobSlugs.jobId }).from(jobSlugs).where(eq(jobSlugs.slug, job.slug))).toEqual([]);
  });

  it('lets exactly one of two concurrent saves of the same version win', async () => {
    const job = await created();
    const save = (title: string) => updateAdminJob(admin, job.id, { ...completeJobData(null, { slug: job.slug, title }), version: 1 }, db);
    const results = await Promise.all([save('Edit by Ada'), save('Edit by Grace')]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === 'conflict')).toHaveLength(1);
    const saved = await getAdminJob(job.id, db);
    expect(saved?.version).toBe(2);
    const winner = results[0]?.ok ? 'Edit by Ada' : 'Edit by Grace';
    expect(saved?.title).toBe(winner);
    expect((await auditEntries(db, 'job', job.id)).filter((e) => e.action === 'job.updated')).toHaveLength(1);
  });

  it('refuses a save from a stale version, and an unknown job', async () => {
    const job = await created();
    await updateAdminJob(admin, job.id, { ...completeJobData(null, { slug: job.slug }), version: 1 }, db);
    const stale = await updateAdminJob(admin, job.id, { ...completeJobData(null, { slug: job.slug, title: 'Stale' }), version: 1 }, db);
    expect(stale).toEqual({ ok: false, reason: 'conflict' });
    expect((await getAdminJob(job.id, db))?.title).not.toBe('Stale');
    expect(await updateAdminJob(admin, 2_000_000_000, { ...completeJobData(null), version: 1 }, db)).toEqual({ ok: false, reason: 'not-found' });
  });

  it('refuses a hiring manager', async () => {
    const job = await created();
    expect(await updateAdminJob(manager, job.id, { ...completeJobData(null, { title: 'Hijack' }), version: 1 }, db)).toEqual({ ok: false, reason: 'forbidden' });
    expect((await getAdminJob(job.id, db))?.version).toBe(1);
  });
});

describe('listAdminJobs', () => {
  it('filters by status and title, newest first', async () => {
    const word = `Zebra${uniqueSuffix()}`;
    const older = await created(completeJobData(null, { title: `${word} Keeper` }));
    const newer = await created(completeJobData(null, { title: `Senior ${word.toLowerCase()} keeper` }));
    await db.update(jobs).set({ status: 'published', publishedAt: new Date() }).where(eq(jobs.id, older.id));
    const all = await listAdminJobs({ q: word }, db);
    expect(all.jobs.map((j) => j.id)).toEqual([newer.id, older.id]);
    expect((await listAdminJobs({ q: word, status: 'published' }, db)).jobs.map((j) => j.id)).toEqual([older.id]);
    expect((await listAdminJobs({ q: `${word}%` }, db)).jobs).toEqual([]);
  });
});
