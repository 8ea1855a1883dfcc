import 'server-only';
import { unstable_cache } from 'next/cache';
import { cache } from 'react';
import { and, asc, desc, eq, ne, sql, type SQL } from 'drizzle-orm';
import { db } from '@/db';
import type { DbOrTx } from '@/db/client';
import { sqlArray } from '@/db/sql-array';
import { departments, jobs, jobSlugs, locations, type Job, type JobListingFields } from '@/db/schema';
import { isOpenJob, isPubliclyListed, isPubliclyListedJob, type PublicJobStatus } from '@/db/job-visibility';
import { TAGS } from '@/lib/domain/cache-tags';
import { countryName } from '@/lib/domain/location';
import { BOARD_INDEX_LIMIT, BOARD_PAGE_SIZE, type BoardParams } from '@/lib/domain/board';

// Public reads only: published (or, on its own page, closed) jobs, explicit columns, no drafts.
// Plain functions take an optional connection so integration tests can call them; pages use
// the cached wrappers at the bottom, whose tags revalidatePublicJobs() expires.

export interface JobListItem extends JobListingFields {
  department: { name: string; slug: string } | null;
  location: { city: string | null; region: string | null; countryCode: string; remoteArea: string | null } | null;
  publishedAt: Date;
}

export interface PublicJob extends JobListItem, Pick<Job, 'summary' | 'descriptionMarkdown' | 'closesAt'> {
  status: PublicJobStatus;
}

export interface BoardPage {
  jobs: JobListItem[];
  total: number;
  page: number;
  pageCount: number;
}

export interface BoardFilterOptions {
  departments: Array<{ slug: string; name: string }>;
  countries: Array<{ code: string; name: string }>;
}

export const listColumns = {
  id: jobs.id,
  slug: jobs.slug,
  title: jobs.title,
  department: { name: departments.name, slug: departments.slug },
  // A NOT NULL column first: drizzle decides whether a left-joined object is null by its first field.
  location: { countryCode: locations.countryCode, city: locations.city, region: locations.region, remoteArea: locations.remoteArea },
  workplaceType: jobs.workplaceType,
  employmentType: jobs.employmentType,
  payMin: jobs.payMin,
  payMax: jobs.payMax,
  payCurrency: jobs.payCurrency,
  payPeriod: jobs.payPeriod,
  publishedAt: jobs.publishedAt,
};

const newestFirst = [desc(jobs.publishedAt), desc(jobs.id)];

// jobs_published_has_date guarantees a date for every status the public sees.
export function withPublishedAt<T extends { publishedAt: Date | null }>(row: T): T & { publishedAt: Date } {
  return { ...row, publishedAt: row.publishedAt ?? new Date(0) };
}

const MAX_TERMS = 8;

/** The words of a search, lower-cased; punctuation never reaches to_tsquery's syntax. */
export function searchTerms(q: string): string[] {
  const words = q.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).map((word) => word.slice(0, 40));
  return [...new Set(words)].slice(0, MAX_TERMS);
}

/**
 * A to_tsquery text with each term OR'd with its closest lexicon words when the term itself
 * is in no posting ("enginer" → engineer | engineering | engine), and the terms AND'ed.
 */
export async function buildSearchQuery(q: string, conn: DbOrTx = db): Promise<string | null> {
  const terms = searchTerms(q);
  if (terms.length === 0) return null;
  const rows = await conn.execute<{ term: string; word: string | null }>(sql`
    select t.term, s.word
    from unnest(${sqlArray(terms, 'text')}) as t(term)
    left join lateral (
      select l.word from search_lexicon l
      where length(t.term) >= 3
        and not exists (select 1 from search_lexicon e where e.word = t.term)
        and l.word % t.term and similarity(l.word, t.term) > 0.3
      order by similarity(l.word, t.term) desc, l.word
      limit 3
    ) s on true`);
  const alternatives = new Map<string, string[]>(terms.map((term) => [term, [term]]));
  for (const row of rows) if (row.word) alternatives.get(row.term)?.push(row.word);
  return terms.map((term) => `(${alternatives.get(term)!.join(' | ')})`).join(' & ');
}

/**
 * One page of the open jobs matching the board's filters (already checked: lib/search/board-params
 * parses them from the URL); ranked by relevance when searching.
 */
export async function searchPublishedJobs(params: BoardParams, conn: DbOrTx = db): Promise<BoardPage> {
  const tsquery = params.q ? await buildSearchQuery(params.q, conn) : null;
  const query = tsquery === null ? null : sql`to_tsquery('english', ${tsquery})`;
  const filters: Array<SQL | undefined> = [
    isOpenJob,
    params.department ? eq(departments.slug, params.department) : undefined,
    params.country ? eq(locations.countryCode, params.country) : undefined,
    params.workplace ? eq(jobs.workplaceType, params.workplace) : undefined,
    params.type ? eq(jobs.employmentType, params.type) : undefined,
    query ? sql`${jobs.searchVector} @@ ${query}` : undefined,
  ];
  const where = and(...filters);
  const page = Math.max(1, Math.trunc(params.page));
  const order = query ? [sql`ts_rank(${jobs.searchVector}, ${query}) desc`, ...newestFirst] : newestFirst;

  // One statement: each row of the page carries the number of all matches (a window over the
  // filtered rows, counted before LIMIT), where a second query per search cost a round trip and a
  // second SQL build. Only a page past the last has no row to carry it; that one is counted.
  // (The window reads every match before LIMIT, as the separate count did: the open jobs are few.)
  const rows = await conn
    .select({ ...listColumns, matches: sql<number>`(count(*) over ())::int` })
    .from(jobs)
    .leftJoin(departments, eq(departments.id, jobs.departmentId))
    .leftJoin(locations, eq(locations.id, jobs.locationId))
    .where(where)
    .orderBy(...order)
    .limit(BOARD_PAGE_SIZE)
    .offset((page - 1) * BOARD_PAGE_SIZE);
  const total = rows[0]?.matches ?? (page === 1 ? 0 : await countMatches(where, conn));
  const pageJobs = rows.map((row) => {
    const { matches, ...job } = row;
    void matches;
    return withPublishedAt(job);
  });
  return { jobs: pageJobs, total, page, pageCount: Math.ceil(total / BOARD_PAGE_SIZE) };
}

async function countMatches(where: SQL | undefined, conn: DbOrTx): Promise<number> {
  const [counted] = await conn
    .select({ total: sql<number>`count(*)::int` })
    .from(jobs)
    .leftJoin(departments, eq(departments.id, jobs.departmentId))
    .leftJoin(locations, eq(locations.id, jobs.locationId))
    .where(where);
  return counted?.total ?? 0;
}

/** The departments and countries that have open jobs, for the filter selects. */
export async function listBoardFilterOptions(conn: DbOrTx = db): Promise<BoardFilterOptions> {
  const [departmentRows, countryRows] = await Promise.all([
    conn
      .selectDistinct({ slug: departments.slug, name: departments.name })
      .from(jobs)
      .innerJoin(departments, eq(departments.id, jobs.departmentId))
      .where(isOpenJob)
      .orderBy(asc(departments.name), asc(departments.slug)),
    conn.selectDistinct({ code: locations.countryCode }).from(jobs).innerJoin(locations, eq(locations.id, jobs.locationId)).where(isOpenJob),
  ]);
  const countries = countryRows.map(({ code }) => ({ code, name: countryName(code) })).sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return { departments: departmentRows, countries };
}

/** The public job matching `which` (by slug here, by id for the API); drafts and archived jobs never match. */
export async function getPublicJob(which: SQL, conn: DbOrTx = db): Promise<PublicJob | null> {
  const [row] = await conn
    .select({ ...listColumns, status: jobs.status, summary: jobs.summary, descriptionMarkdown: jobs.descriptionMarkdown, closesAt: jobs.closesAt })
    .from(jobs)
    .leftJoin(departments, eq(departments.id, jobs.departmentId))
    .leftJoin(locations, eq(locations.id, jobs.locationId))
    .where(and(which, isPubliclyListedJob));
  if (!row || !isPubliclyListed(row)) return null;
  return withPublishedAt({ ...row, status: row.status });
}

/** A job's public page data; null for drafts, archived and unknown slugs. Closed jobs resolve. */
export function getPublicJobBySlug(slug: string, conn: DbOrTx = db): Promise<PublicJob | null> {
  return getPublicJob(eq(jobs.slug, slug), conn);
}

/** The current slug of a public job that used to be called `oldSlug`, for a permanent redirect. */
export async function getRenamedJobSlug(oldSlug: string, conn: DbOrTx = db): Promise<string | null> {
  const [row] = await conn
    .select({ slug: jobs.slug })
    .from(jobSlugs)
    .innerJoin(jobs, eq(jobs.id, jobSlugs.jobId))
    .where(and(eq(jobSlugs.slug, oldSlug), ne(jobs.slug, oldSlug), isPubliclyListedJob));
  return row?.slug ?? null;
}

/** Up to `limit` other open jobs of a department, newest first (shown on a closed job's page). */
export async function listOpenJobsInDepartment(departmentSlug: string, excludeJobId: number, limit = 3, conn: DbOrTx = db): Promise<JobListItem[]> {
  const rows = await conn
    .select(listColumns)
    .from(jobs)
    .innerJoin(departments, eq(departments.id, jobs.departmentId))
    .leftJoin(locations, eq(locations.id, jobs.locationId))
    .where(and(isOpenJob, eq(departments.slug, departmentSlug), ne(jobs.id, excludeJobId)))
    .orderBy(...newestFirst)
    .limit(limit);
  return rows.map(withPublishedAt);
}

// ---------------------------------------------------------------- cached reads for the pages
// unstable_cache stores JSON, so Dates come back as strings and are revived here. The hourly
// revalidate is a backstop for what changes without a write: a closing date passing, and the
// "Posted 3 days ago" wording; every posting change expires the tags at once.
const HOUR = 3600;

const reviveItem = <T extends JobListItem>(job: T): T => ({ ...job, publishedAt: new Date(job.publishedAt) });
const revivePublicJob = (job: PublicJob | null): PublicJob | null =>
  job && { ...reviveItem(job), closesAt: job.closesAt === null ? null : new Date(job.closesAt) };

/** Every open job (up to BOARD_INDEX_LIMIT), newest first, with the summary the index searches. */
export async function listBoardIndexJobs(conn: DbOrTx = db): Promise<{ jobs: Array<JobListItem & { summary: string }>; complete: boolean }> {
  const rows = await conn
    .select({ ...listColumns, summary: jobs.summary })
    .from(jobs)
    .leftJoin(departments, eq(departments.id, jobs.departmentId))
    .leftJoin(locations, eq(locations.id, jobs.locationId))
    .where(isOpenJob)
    .orderBy(...newestFirst)
    .limit(BOARD_INDEX_LIMIT + 1);
  return { jobs: rows.slice(0, BOARD_INDEX_LIMIT).map(withPublishedAt), complete: rows.length <= BOARD_INDEX_LIMIT };
}

export const getCachedFilterOptions = unstable_cache(() => listBoardFilterOptions(), ['public-board-filter-options'], {
  tags: [TAGS.jobs],
  revalidate: HOUR,
});

/** React `cache` on top, so generateMetadata and the page share one read per request. */
export const getCachedPublicJob = cache(async (slug: string): Promise<PublicJob | null> => {
  const read = unstable_cache(() => getPublicJobBySlug(slug), ['public-job', slug], { tags: [TAGS.job(slug), TAGS.jobs], revalidate: HOUR });
  return revivePublicJob(await read());
});

export function getCachedRenamedJobSlug(oldSlug: string): Promise<string | null> {
  const options = { tags: [TAGS.job(oldSlug), TAGS.jobs], revalidate: HOUR };
  return unstable_cache(() => getRenamedJobSlug(oldSlug), ['public-job-renamed', oldSlug], options)();
}

export async function getCachedOpenJobsInDepartment(departmentSlug: string, excludeJobId: number): Promise<JobListItem[]> {
  const key = ['public-department-jobs', departmentSlug, String(excludeJobId)];
  const read = unstable_cache(() => listOpenJobsInDepartment(departmentSlug, excludeJobId), key, { tags: [TAGS.jobs], revalidate: HOUR });
  return (await read()).map(reviveItem);
}
