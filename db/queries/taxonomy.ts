import 'server-only';
import { and, asc, count, eq, isNull, type SQL } from 'drizzle-orm';
import { db as appDb } from '@/db';
import type { DbOrTx } from '@/db/client';
import { departments, jobs, locations, type Location } from '@/db/schema';
import { recordAudit } from '@/db/queries/audit';
import { locationLabel } from '@/lib/domain/location-label';
import { FOREIGN_KEY_VIOLATION, pgErrorOf, UNIQUE_VIOLATION } from '@/db/pg-error';
import { slugify } from '@/lib/domain/slug';
import type { Actor } from './access';
import { refreshSearchLexicon, searchTextFor } from './job-writes';

// Departments and locations, managed by admins. Writes take the acting user, refuse anyone else,
// and audit in the same transaction. A department or location in use by any job cannot go.

export type TaxonomyResult = { ok: true; id: number } | { ok: false; reason: 'forbidden' | 'not-found' | 'duplicate' } | { ok: false; reason: 'in-use'; jobCount: number };
type Kind = 'department' | 'location';
const table = { department: departments, location: locations } as const;
const jobColumn = { department: jobs.departmentId, location: jobs.locationId } as const;

export async function listDepartments(conn: DbOrTx = appDb) {
  return conn
    .select({ id: departments.id, name: departments.name, jobCount: count(jobs.id) })
    .from(departments)
    .leftJoin(jobs, eq(jobs.departmentId, departments.id))
    .groupBy(departments.id)
    .orderBy(asc(departments.name));
}

export async function getDepartment(id: number, conn: DbOrTx = appDb) {
  const [row] = await conn.select({ id: departments.id, name: departments.name }).from(departments).where(eq(departments.id, id));
  return row ?? null;
}

const placeColumns = { id: locations.id, city: locations.city, region: locations.region, countryCode: locations.countryCode, remoteArea: locations.remoteArea };

export async function listLocations(conn: DbOrTx = appDb) {
  const rows = await conn
    .select({ ...placeColumns, jobCount: count(jobs.id) })
    .from(locations)
    .leftJoin(jobs, eq(jobs.locationId, locations.id))
    .groupBy(locations.id);
  return rows.map((row) => ({ ...row, label: locationLabel(row) })).sort((a, b) => a.label.localeCompare(b.label, 'en'));
}

export async function getLocation(id: number, conn: DbOrTx = appDb) {
  const [row] = await conn.select(placeColumns).from(locations).where(eq(locations.id, id));
  return row ?? null;
}

/** Jobs copy their department and place names into search_text; a rename must reach them. */
async function refreshJobSearchText(tx: DbOrTx, kind: Kind, id: number): Promise<void> {
  const where = eq(jobColumn[kind], id);
  const pairs = await tx.selectDistinct({ departmentId: jobs.departmentId, locationId: jobs.locationId }).from(jobs).where(where);
  for (const pair of pairs) {
    const same = (column: typeof jobs.departmentId | typeof jobs.locationId, value: number | null): SQL => (value === null ? isNull(column) : eq(column, value));
    const searchText = await searchTextFor(tx, pair.departmentId, pair.locationId);
    await tx.update(jobs).set({ searchText }).where(and(same(jobs.departmentId, pair.departmentId), same(jobs.locationId, pair.locationId)));
  }
}

function refusalFor(error: unknown): TaxonomyResult {
  const { code } = pgErrorOf(error);
  if (code === UNIQUE_VIOLATION) return { ok: false, reason: 'duplicate' };
  // A job took it between our count and the delete.
  if (code === FOREIGN_KEY_VIOLATION) return { ok: false, reason: 'in-use', jobCount: 1 };
  throw error;
}

type RowWriter = (tx: DbOrTx, id: number | null) => Promise<{ id: number; after: object } | null>;

async function save(actor: Actor, kind: Kind, id: number | null, writeRow: RowWriter, conn: DbOrTx): Promise<TaxonomyResult> {
  if (actor.role !== 'admin') return { ok: false, reason: 'forbidden' };
  const result = await conn
    .transaction(async (tx): Promise<TaxonomyResult> => {
      const before = id === null ? null : kind === 'department' ? await getDepartment(id, tx) : await getLocation(id, tx);
      if (id !== null && !before) return { ok: false, reason: 'not-found' };
      const written = await writeRow(tx, id);
      if (!written) throw new Error(`${kind} write returned no row`);
      if (id !== null) await refreshJobSearchText(tx, kind, id);
      const action = id === null ? (`${kind}.created` as const) : (`${kind}.updated` as const);
      await recordAudit(tx, { actor, action, entityType: kind, entityId: written.id, before, after: written.after });
      return { ok: true, id: written.id };
    })
    .catch(refusalFor);
  if (result.ok && id !== null) await refreshSearchLexicon(conn);
  return result;
}

/** What an admin sets on a department (its slug follows from the name). */
type DepartmentInput = Pick<typeof departments.$inferInsert, 'name'>;
/** What an admin sets on a location, as stored (absent parts are null). */
type LocationInput = Pick<Location, 'city' | 'region' | 'countryCode' | 'remoteArea'>;

function departmentWriter(input: DepartmentInput): RowWriter {
  const row = { name: input.name, slug: slugify(input.name) || 'department' };
  return async (tx, id) => {
    const [written] = id === null
      ? await tx.insert(departments).values(row).returning({ id: departments.id })
      : await tx.update(departments).set(row).where(eq(departments.id, id)).returning({ id: departments.id });
    return written ? { id: written.id, after: { id: written.id, ...row } } : null;
  };
}

function locationWriter(input: LocationInput): RowWriter {
  return async (tx, id) => {
    const [written] = id === null
      ? await tx.insert(locations).values(input).returning({ id: locations.id })
      : await tx.update(locations).set(input).where(eq(locations.id, id)).returning({ id: locations.id });
    return written ? { id: written.id, after: { id: written.id, ...input } } : null;
  };
}

async function remove(actor: Actor, kind: Kind, id: number, conn: DbOrTx): Promise<TaxonomyResult> {
  if (actor.role !== 'admin') return { ok: false, reason: 'forbidden' };
  return conn
    .transaction(async (tx): Promise<TaxonomyResult> => {
      const before = kind === 'department' ? await getDepartment(id, tx) : await getLocation(id, tx);
      if (!before) return { ok: false, reason: 'not-found' };
      const [used] = await tx.select({ n: count() }).from(jobs).where(eq(jobColumn[kind], id));
      if (used && used.n > 0) return { ok: false, reason: 'in-use', jobCount: used.n };
      await tx.delete(table[kind]).where(eq(table[kind].id, id));
      await recordAudit(tx, { actor, action: `${kind}.deleted`, entityType: kind, entityId: id, before, after: null });
      return { ok: true, id };
    })
    .catch(refusalFor);
}

export const createDepartment = (actor: Actor, input: DepartmentInput, conn: DbOrTx = appDb) => save(actor, 'department', null, departmentWriter(input), conn);
export const updateDepartment = (actor: Actor, id: number, input: DepartmentInput, conn: DbOrTx = appDb) => save(actor, 'department', id, departmentWriter(input), conn);
export const deleteDepartment = (actor: Actor, id: number, conn: DbOrTx = appDb) => remove(actor, 'department', id, conn);
export const createLocation = (actor: Actor, input: LocationInput, conn: DbOrTx = appDb) => save(actor, 'location', null, locationWriter(input), conn);
export const updateLocation = (actor: Actor, id: number, input: LocationInput, conn: DbOrTx = appDb) => save(actor, 'location', id, locationWriter(input), conn);
export const deleteLocation = (actor: Actor, id: number, conn: DbOrTx = appDb) => remove(actor, 'location', id, conn);
