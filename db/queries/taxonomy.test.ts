import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { departments, jobs, locations } from '@/db/schema';
import { auditEntries, testActor } from '@/tests/helpers/admin-jobs';
import { createTestJob, ensureSettings, openTestDb, uniqueSuffix } from '@/tests/helpers/apply';
import type { Actor } from './access';
import {
  createDepartment,
  createLocation,
  deleteDepartment,
  deleteLocation,
  getDepartment,
  getLocation,
  listDepartments,
  listLocations,
  updateDepartment,
  updateLocation,
} from './taxonomy';

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

function expectOk(result: Awaited<ReturnType<typeof createDepartment>>): number {
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.id;
}

const searchTextOf = async (jobId: number) => (await db.select({ t: jobs.searchText }).from(jobs).where(eq(jobs.id, jobId)))[0]?.t;

describe('departments', () => {
  it('are created, renamed (with their jobs’ search text) and audited', async () => {
    const name = `Research ${uniqueSuffix()}`;
    const id = expectOk(await createDepartment(admin, { name }, db));
    expect(await db.select({ slug: departments.slug }).from(departments).where(eq(departments.id, id))).toEqual([{ slug: name.toLowerCase().replace(' ', '-') }]);
    const job = await createTestJob(db, { departmentId: id });
    expect(await searchTextOf(job.id)).toContain(name);

    const renamed = `Applied ${name}`;
    expect(await updateDepartment(admin, id, { name: renamed }, db)).toEqual({ ok: true, id });
    expect(await getDepartment(id, db)).toEqual({ id, name: renamed });
    expect(await searchTextOf(job.id)).toContain(renamed);
    expect((await listDepartments(db)).find((d) => d.id === id)).toMatchObject({ name: renamed, jobCount: 1 });
    expect((await auditEntries(db, 'department', id)).map((e) => [e.action, e.actorUserId])).toEqual([
      ['department.created', admin.id],
      ['department.updated', admin.id],
    ]);
  });

  it('refuse a duplicate name', async () => {
    const name = `Duplicate ${uniqueSuffix()}`;
    expectOk(await createDepartment(admin, { name }, db));
    expect(await createDepartment(admin, { name }, db)).toEqual({ ok: false, reason: 'duplicate' });
  });

  it('are deleted only when no job uses them', async () => {
    const id = expectOk(await createDepartment(admin, { name: `Busy ${uniqueSuffix()}` }, db));
    const job = await createTestJob(db, { departmentId: id, status: 'archived', publishedAt: new Date() });
    expect(await deleteDepartment(admin, id, db)).toEqual({ ok: false, reason: 'in-use', jobCount: 1 });
    expect(await getDepartment(id, db)).not.toBeNull();

    await db.update(jobs).set({ departmentId: null }).where(eq(jobs.id, job.id));
    expect(await deleteDepartment(admin, id, db)).toEqual({ ok: true, id });
    expect(await getDepartment(id, db)).toBeNull();
    expect((await auditEntries(db, 'department', id)).at(-1)).toMatchObject({ action: 'department.deleted', after: null });
    expect(await deleteDepartment(admin, id, db)).toEqual({ ok: false, reason: 'not-found' });
  });

  it('cannot be changed by a hiring manager', async () => {
    const id = expectOk(await createDepartment(admin, { name: `Guarded ${uniqueSuffix()}` }, db));
    expect(await createDepartment(manager, { name: `Sneaky ${uniqueSuffix()}` }, db)).toEqual({ ok: false, reason: 'forbidden' });
    expect(await updateDepartment(manager, id, { name: 'Sneaky' }, db)).toEqual({ ok: false, reason: 'forbidden' });
    expect(await deleteDepartment(manager, id, db)).toEqual({ ok: false, reason: 'forbidden' });
    expect(await getDepartment(id, db)).not.toBeNull();
  });
});

describe('locations', () => {
  const place = () => ({ city: `Lisbon ${uniqueSuffix()}`, region: null, countryCode: 'PT', remoteArea: null });

  it('are created, edited (with their jobs’ search text) and audited', async () => {
    const input = place();
    const id = expectOk(await createLocation(admin, input, db));
    const job = await createTestJob(db, { locationId: id });
    expect(await searchTextOf(job.id)).toContain('Portugal');

    const edited = { ...input, countryCode: 'ES', remoteArea: 'European Union' };
    expect(await updateLocation(admin, id, edited, db)).toEqual({ ok: true, id });
    expect(await getLocation(id, db)).toEqual({ id, ...edited });
    expect(await searchTextOf(job.id)).toContain('Spain');
    expect(await searchTextOf(job.id)).toContain('European Union');
    expect((await listLocations(db)).find((l) => l.id === id)).toMatchObject({ jobCount: 1, label: `${input.city}, Spain — remote: European Union` });
    expect((await auditEntries(db, 'location', id)).map((e) => e.action)).toEqual(['location.created', 'location.updated']);
  });

  it('refuse the same place twice', async () => {
    const input = place();
    expectOk(await createLocation(admin, input, db));
    expect(await createLocation(admin, input, db)).toEqual({ ok: false, reason: 'duplicate' });
  });

  it('are deleted only when no job uses them', async () => {
    const id = expectOk(await createLocation(admin, place(), db));
    const job = await createTestJob(db, { locationId: id });
    expect(await deleteLocation(admin, id, db)).toEqual({ ok: false, reason: 'in-use', jobCount: 1 });
    await db.update(jobs).set({ locationId: null }).where(eq(jobs.id, job.id));
    expect(await deleteLocation(admin, id, db)).toEqual({ ok: true, id });
    expect(await db.select({ id: locations.id }).from(locations).where(eq(locations.id, id))).toEqual([]);
  });

  it('cannot be changed by a hiring manager', async () => {
    const id = expectOk(await createLocation(admin, place(), db));
    expect(await createLocation(manager, place(), db)).toEqual({ ok: false, reason: 'forbidden' });
    expect(await updateLocation(manager, id, place(), db)).toEqual({ ok: false, reason: 'forbidden' });
    expect(await deleteLocation(manager, id, db)).toEqual({ ok: false, reason: 'forbidden' });
  });
});
