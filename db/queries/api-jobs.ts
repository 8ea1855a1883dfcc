import 'server-only';
import { and, asc, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import { db as appDb } from '@/db';
import type { DbOrTx } from '@/db/client';
import { departments, jobs, locations } from '@/db/schema';
import type { EmploymentType, WorkplaceType } from '@/lib/domain/job-enums';
import { isOpenJob } from '@/db/job-visibility';
import { buildSearchQuery, getPublicJob, listColumns, withPublishedAt, type JobListItem, type PublicJob } from './jobs';

// The public API's reads: published data only, like the board (db/queries/jobs.ts), whose
// columns and "open" rule they reuse. Lists page by keyset on (published_at, id), newest first.

export interface ApiJobFilters {
  q?: string;
  department?: string;
  country?: string;
  workplace?: WorkplaceType;
  type?: EmploymentType;
  limit: number;
  /** The last job of the previous page. */
  after?: { publishedAt: Date; id: number };
}

export async function listApiJobs(filters: ApiJobFilters, conn: DbOrTx = appDb): Promise<{ jobs: JobListItem[]; hasMore: boolean }> {
  const tsquery = filters.q ? await buildSearchQuery(filters.q, conn) : null;
  const conditions: Array<SQL | undefined> = [
    isOpenJob,
    filters.department ? eq(departments.slug, filters.department) : undefined,
    filters.country ? eq(locations.countryCode, filters.country) : undefined,
    filters.workplace ? eq(jobs.workplaceType, filters.workplace) : undefined,
    filters.type ? eq(jobs.employmentType, filters.type) : undefined,
    tsquery ? sql`${jobs.searchVector} @@ to_tsquery('english', ${tsquery})` : undefined,
    filters.after ? sql`(${jobs.publishedAt}, ${jobs.id}) < (${filters.after.publishedAt.toISOString()}::timestamptz, ${filters.after.id})` : undefined,
  ];
  const rows = await conn
    .select(listColumns)
    .from(jobs)
    .leftJoin(departments, eq(departments.id, jobs.departmentId))
    .leftJoin(locations, eq(locations.id, jobs.locationId))
    .where(and(...conditions))
    .orderBy(desc(jobs.publishedAt), desc(jobs.id))
    .limit(filters.limit + 1);
  return { jobs: rows.slice(0, filters.limit).map(withPublishedAt), hasMore: rows.length > filters.limit };
}

/** A published or closed job by id (drafts and archived ones are null, as if they did not exist). */
export function getApiJob(id: number, conn: DbOrTx = appDb): Promise<PublicJob | null> {
  return getPublicJob(eq(jobs.id, id), conn);
}

/** Departments with at least one open job, and how many. */
export async function listApiDepartments(conn: DbOrTx = appDb) {
  return conn
    .select({ slug: departments.slug, name: departments.name, openJobs: count(jobs.id) })
    .from(departments)
    .innerJoin(jobs, and(eq(jobs.departmentId, departments.id), isOpenJob))
    .groupBy(departments.id)
    .orderBy(asc(departments.name), asc(departments.slug));
}

/** Locations with at least one open job, and how many. */
export async function listApiLocations(conn: DbOrTx = appDb) {
  return conn
    .select({
      id: locations.id,
      city: locations.city,
      region: locations.region,
      countryCode: locations.countryCode,
      remoteArea: locations.remoteArea,
      openJobs: count(jobs.id),
    })
    .from(locations)
    .innerJoin(jobs, and(eq(jobs.locationId, locations.id), isOpenJob))
    .groupBy(locations.id)
    .orderBy(asc(locations.countryCode), asc(locations.city), asc(locations.id));
}
