import 'server-only';
import { and, asc, desc, eq, ilike, inArray, lt, ne, sql, type SQL } from 'drizzle-orm';
import { db as appDb } from '@/db';
import type { DbOrTx } from '@/db/client';
import { departments, jobs, jobSlugs, locations, type Job } from '@/db/schema';
import { recordAudit } from '@/db/queries/audit';
import type { JobStatus } from '@/lib/domain/job-enums';
import { changedFields, jobSnapshot } from '@/db/job-snapshot';
import { locationLabel } from '@/lib/domain/location-label';
import { FOREIGN_KEY_VIOLATION, pgErrorOf, UNIQUE_VIOLATION } from '@/db/pg-error';
import { slugCandidates, slugify } from '@/lib/domain/slug';
import type { Actor } from './access';
import { createJob, refreshSearchLexicon, searchTextFor } from './job-writes';

// The admin's reads and writes of postings. Writes take the acting user and refuse anyone but
// an admin themselves (the action checked too; this is the layer tests and other callers hit).
// Every write records its audit entry in the same transaction. Status changes:
// lib/jobs/change-job-status.ts; the closing-date sweep: db/queries/close-expired-jobs.ts.

export const ADMIN_JOBS_PAGE_SIZE = 50;

/** The editor's fields once checked (lib/validations/job), typed from the columns they fill. */
export type JobData = Pick<Job, 'title' | 'departmentId' | 'locationId' | 'workplaceType' | 'employmentType' | 'summary' | 'descriptionMarkdown' | 'closesAt'> & {
  /** Null: made from the title. */
  slug: string | null;
  /** All four pay columns, or none. */
  pay: { min: NonNullable<Job['payMin']>; max: NonNullable<Job['payMax']>; currency: NonNullable<Job['payCurrency']>; period: NonNullable<Job['payPeriod']> } | null;
};
/** An edit also names the version it started from (optimistic locking). */
export type JobEditData = JobData & Pick<Job, 'version'>;

export interface AdminJobListItem {
  id: number;
  title: string;
  slug: string;
  status: JobStatus;
  departmentName: string | null;
  locationLabel: string | null;
  createdAt: Date;
  closesAt: Date | null;
}

/** Newest first (by id, which follows creation), keyset-paged by `before` = the last id seen. */
export async function listAdminJobs(
  filter: { status?: JobStatus; q?: string; before?: number },
  conn: DbOrTx = appDb,
): Promise<{ jobs: AdminJobListItem[]; nextBefore: number | null }> {
  const q = filter.q?.trim();
  const where: Array<SQL | undefined> = [
    filter.status ? eq(jobs.status, filter.status) : undefined,
    // jobs_title_trgm_idx serves ILIKE; the pattern's own wildcards are escaped.
    q ? ilike(jobs.title, `%${q.replace(/[\\%_]/g, '\\$&')}%`) : undefined,
    filter.before ? lt(jobs.id, filter.before) : undefined,
  ];
  const rows = await conn
    .select({
      id: jobs.id,
      title: jobs.title,
      slug: jobs.slug,
      status: jobs.status,
      departmentName: departments.name,
      place: { countryCode: locations.countryCode, city: locations.city, region: locations.region, remoteArea: locations.remoteArea },
      createdAt: jobs.createdAt,
      closesAt: jobs.closesAt,
    })
    .from(jobs)
    .leftJoin(departments, eq(departments.id, jobs.departmentId))
    .leftJoin(locations, eq(locations.id, jobs.locationId))
    .where(and(...where))
    .orderBy(desc(jobs.id))
    .limit(ADMIN_JOBS_PAGE_SIZE + 1);
  const page = rows.slice(0, ADMIN_JOBS_PAGE_SIZE).map(({ place, ...row }) => ({ ...row, locationLabel: place ? locationLabel(place) : null }));
  return { jobs: page, nextBefore: rows.length > ADMIN_JOBS_PAGE_SIZE ? (page.at(-1)?.id ?? null) : null };
}

const editorColumns = {
  id: jobs.id,
  title: jobs.title,
  slug: jobs.slug,
  departmentId: jobs.departmentId,
  locationId: jobs.locationId,
  workplaceType: jobs.workplaceType,
  employmentType: jobs.employmentType,
  payMin: jobs.payMin,
  payMax: jobs.payMax,
  payCurrency: jobs.payCurrency,
  payPeriod: jobs.payPeriod,
  summary: jobs.summary,
  descriptionMarkdown: jobs.descriptionMarkdown,
  closesAt: jobs.closesAt,
  status: jobs.status,
  version: jobs.version,
  publishedAt: jobs.publishedAt,
  closedAt: jobs.closedAt,
};

export type AdminJob = NonNullable<Awaited<ReturnType<typeof getAdminJob>>>;

/** Everything the editor and the status panel show; null for an unknown id. */
export async function getAdminJob(jobId: number, conn: DbOrTx = appDb) {
  const [row] = await conn.select(editorColumns).from(jobs).where(eq(jobs.id, jobId));
  return row ?? null;
}

/** The choices of the editor's Department and Location selects. */
export async function listJobFormOptions(conn: DbOrTx = appDb) {
  const [departmentRows, locationRows] = await Promise.all([
    conn.select({ id: departments.id, name: departments.name }).from(departments).orderBy(asc(departments.name)),
    conn
      .select({ id: locations.id, city: locations.city, region: locations.region, countryCode: locations.countryCode, remoteArea: locations.remoteArea })
      .from(locations),
  ]);
  const locationOptions = locationRows.map(({ id, ...place }) => ({ id, label: locationLabel(place) })).sort((a, b) => a.label.localeCompare(b.label, 'en'));
  return { departments: departmentRows, locations: locationOptions };
}

export type SaveJobRefusal = 'forbidden' | 'not-found' | 'conflict' | 'slug-taken' | 'taxonomy-missing';
export type SaveJobResult = { ok: true; id: number; slug: string; previousSlug: string | null } | { ok: false; reason: SaveJobRefusal };
const refuse = (reason: SaveJobRefusal) => ({ ok: false, reason }) as const;

/** A slug is free for a job when no other job has it now or had it before (old slugs keep redirecting). */
async function freeSlug(tx: DbOrTx, data: { slug: string | null; title: string }, jobId: number | null): Promise<string | null> {
  const candidates = data.slug ? [data.slug] : slugCandidates(slugify(data.title));
  const [current, former] = [
    await tx.select({ slug: jobs.slug }).from(jobs).where(and(inArray(jobs.slug, candidates), jobId ? ne(jobs.id, jobId) : undefined)),
    await tx.select({ slug: jobSlugs.slug }).from(jobSlugs).where(and(inArray(jobSlugs.slug, candidates), jobId ? ne(jobSlugs.jobId, jobId) : undefined)),
  ];
  const taken = new Set([...current, ...former].map((row) => row.slug));
  return candidates.find((slug) => !taken.has(slug)) ?? null;
}

function jobColumns(data: JobData) {
  return {
    title: data.title,
    departmentId: data.departmentId,
    locationId: data.locationId,
    workplaceType: data.workplaceType,
    employmentType: data.employmentType,
    payMin: data.pay?.min ?? null,
    payMax: data.pay?.max ?? null,
    payCurrency: data.pay?.currency ?? null,
    payPeriod: data.pay?.period ?? null,
    summary: data.summary,
    descriptionMarkdown: data.descriptionMarkdown,
    closesAt: data.closesAt,
  };
}

/** A unique slug lost to a concurrent save, or a department/location deleted meanwhile. */
function refusalFor(error: unknown): SaveJobResult {
  const { code, constraint } = pgErrorOf(error);
  if (code === UNIQUE_VIOLATION && (constraint === 'jobs_slug_unique' || constraint === 'job_slugs_pkey')) return refuse('slug-taken');
  if (code === FOREIGN_KEY_VIOLATION) return refuse('taxonomy-missing');
  throw error;
}

/** A new draft with the default stages and question set v1 (createJob), and its audit entry. */
export async function createAdminJob(actor: Actor, data: JobData, conn: DbOrTx = appDb): Promise<SaveJobResult> {
  if (actor.role !== 'admin') return refuse('forbidden');
  const result = await conn
    .transaction(async (tx): Promise<SaveJobResult> => {
      const slug = await freeSlug(tx, data, null);
      if (!slug) return refuse('slug-taken');
      const job = await createJob(tx, { ...data, slug, status: 'draft' });
      const [row] = await tx.select(editorColumns).from(jobs).where(eq(jobs.id, job.id));
      if (!row) throw new Error('Created job not found');
      await recordAudit(tx, { actor, action: 'job.created', entityType: 'job', entityId: job.id, before: null, after: jobSnapshot(row) });
      return { ok: true, id: job.id, slug, previousSlug: null };
    })
    .catch(refusalFor);
  return result;
}

/**
 * Saves the editor's fields if the job is still at the version the editor started from: the
 * `where version = $2` makes two concurrent saves of one version end with exactly one winner.
 */
export async function updateAdminJob(actor: Actor, jobId: number, data: JobEditData, conn: DbOrTx = appDb): Promise<SaveJobResult> {
  if (actor.role !== 'admin') return refuse('forbidden');
  const result = await conn
    .transaction(async (tx): Promise<SaveJobResult> => {
      const [before] = await tx.select(editorColumns).from(jobs).where(eq(jobs.id, jobId));
      if (!before) return refuse('not-found');
      if (before.version !== data.version) return refuse('conflict');
      const slug = await freeSlug(tx, data, jobId);
      if (!slug) return refuse('slug-taken');
      const [after] = await tx
        .update(jobs)
        .set({ ...jobColumns(data), slug, searchText: await searchTextFor(tx, data.departmentId, data.locationId), version: sql`${jobs.version} + 1`, updatedAt: sql`now()` })
        .where(and(eq(jobs.id, jobId), eq(jobs.version, data.version)))
        .returning(editorColumns);
      if (!after) return refuse('conflict');
      // Only a slug the public has seen needs to keep redirecting; a draft's never was.
      if (slug !== before.slug && before.publishedAt) await tx.insert(jobSlugs).values({ slug: before.slug, jobId }).onConflictDoNothing();
      const diff = changedFields(jobSnapshot(before), jobSnapshot(after));
      await recordAudit(tx, { actor, action: 'job.updated', entityType: 'job', entityId: jobId, ...diff });
      return { ok: true, id: jobId, slug, previousSlug: slug === before.slug ? null : before.slug };
    })
    .catch(refusalFor);
  // The "did you mean" word list follows the published postings' text.
  if (result.ok) await refreshSearchLexicon(conn);
  return result;
}
