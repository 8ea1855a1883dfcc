import 'server-only';
import { unstable_cache } from 'next/cache';
import { and, asc, desc, eq } from 'drizzle-orm';
import { db } from '@/db';
import type { DbOrTx } from '@/db/client';
import { departments, jobs, locations, questions, questionSets, settings, type Job, type JobListingFields } from '@/db/schema';
import { isOpenJob } from '@/db/job-visibility';
import { TAGS } from '@/lib/domain/cache-tags';
import type { QuestionKind } from '@/lib/domain/job-enums';

// Public reads behind the machine-readable surfaces: the Greenhouse-compatible API, the feeds
// and the sitemap. Open jobs only (published, before any closing date); explicit columns, and
// nothing a candidate or a hiring team wrote. Plain functions take a connection for the
// integration tests; routes use the cached wrappers, expired by revalidatePublicJobs().

export interface BoardPlace {
  id: number;
  city: string | null;
  region: string | null;
  countryCode: string;
  remoteArea: string | null;
}

export interface BoardJob extends JobListingFields, Pick<Job, 'summary' | 'descriptionMarkdown' | 'updatedAt' | 'closesAt'> {
  publishedAt: Date;
  department: { id: number; name: string } | null;
  location: BoardPlace | null;
}

export interface BoardQuestion {
  id: number;
  kind: QuestionKind;
  label: string;
  helpText: string | null;
  required: boolean;
  options: string[] | null;
}

export interface BoardCompany {
  companyName: string;
  companySlug: string;
  companyUrl: string | null;
  careersIntro: string;
}


const jobColumns = {
  id: jobs.id,
  slug: jobs.slug,
  title: jobs.title,
  summary: jobs.summary,
  descriptionMarkdown: jobs.descriptionMarkdown,
  workplaceType: jobs.workplaceType,
  employmentType: jobs.employmentType,
  payMin: jobs.payMin,
  payMax: jobs.payMax,
  payCurrency: jobs.payCurrency,
  payPeriod: jobs.payPeriod,
  publishedAt: jobs.publishedAt,
  updatedAt: jobs.updatedAt,
  closesAt: jobs.closesAt,
  // NOT NULL columns first: drizzle decides whether a left-joined object is null by its first field.
  department: { id: departments.id, name: departments.name },
  location: { id: locations.id, countryCode: locations.countryCode, city: locations.city, region: locations.region, remoteArea: locations.remoteArea },
};

// jobs_published_has_date guarantees a date for every published job.
const withDates = <T extends { publishedAt: Date | null }>(row: T): T & { publishedAt: Date } => ({ ...row, publishedAt: row.publishedAt ?? new Date(0) });

/** Every open job, newest first. */
export async function listOpenBoardJobs(conn: DbOrTx = db): Promise<BoardJob[]> {
  const rows = await conn
    .select(jobColumns)
    .from(jobs)
    .leftJoin(departments, eq(departments.id, jobs.departmentId))
    .leftJoin(locations, eq(locations.id, jobs.locationId))
    .where(isOpenJob)
    .orderBy(desc(jobs.publishedAt), desc(jobs.id));
  return rows.map(withDates);
}

/** The current questions of a job, in form order. */
export async function listBoardQuestions(jobId: number, conn: DbOrTx = db): Promise<BoardQuestion[]> {
  return conn
    .select({ id: questions.id, kind: questions.kind, label: questions.label, helpText: questions.helpText, required: questions.required, options: questions.options })
    .from(questions)
    .innerJoin(questionSets, eq(questionSets.id, questions.questionSetId))
    .where(and(eq(questionSets.jobId, jobId), eq(questionSets.isCurrent, true)))
    .orderBy(asc(questions.position));
}

/** All departments (Greenhouse lists empty ones too), by name. */
export async function listBoardDepartments(conn: DbOrTx = db): Promise<Array<{ id: number; name: string }>> {
  return conn.select({ id: departments.id, name: departments.name }).from(departments).orderBy(asc(departments.name), asc(departments.id));
}

/** All places, which the Greenhouse API calls offices. */
export async function listBoardPlaces(conn: DbOrTx = db): Promise<BoardPlace[]> {
  return conn
    .select({ id: locations.id, city: locations.city, region: locations.region, countryCode: locations.countryCode, remoteArea: locations.remoteArea })
    .from(locations)
    .orderBy(asc(locations.countryCode), asc(locations.city), asc(locations.id));
}

export async function getBoardCompany(conn: DbOrTx = db): Promise<BoardCompany | null> {
  const [row] = await conn
    .select({ companyName: settings.companyName, companySlug: settings.companySlug, companyUrl: settings.companyUrl, careersIntro: settings.careersIntro })
    .from(settings)
    .where(eq(settings.id, 1));
  return row ?? null;
}

// ---------------------------------------------------------------- cached reads for the routes
// unstable_cache stores JSON: Dates come back as strings and are revived here. The hourly
// revalidate is a backstop for a closing date passing; a posting change expires TAGS.jobs at once.
const HOUR = 3600;

const reviveJob = (job: BoardJob): BoardJob => ({
  ...job,
  publishedAt: new Date(job.publishedAt),
  updatedAt: new Date(job.updatedAt),
  closesAt: job.closesAt === null ? null : new Date(job.closesAt),
});

const cachedOpenJobs = unstable_cache(() => listOpenBoardJobs(), ['public-board-open-jobs'], { tags: [TAGS.jobs], revalidate: HOUR });

export async function getCachedOpenBoardJobs(): Promise<BoardJob[]> {
  return (await cachedOpenJobs()).map(reviveJob);
}

export const getCachedBoardCompany = unstable_cache(() => getBoardCompany(), ['public-board-company'], { tags: [TAGS.settings] });

export const getCachedBoardDepartments = unstable_cache(() => listBoardDepartments(), ['public-board-departments'], { tags: [TAGS.jobs], revalidate: HOUR });

export const getCachedBoardPlaces = unstable_cache(() => listBoardPlaces(), ['public-board-places'], { tags: [TAGS.jobs], revalidate: HOUR });

export function getCachedBoardQuestions(jobId: number): Promise<BoardQuestion[]> {
  return unstable_cache(() => listBoardQuestions(jobId), ['public-board-questions', String(jobId)], { tags: [TAGS.jobs], revalidate: HOUR })();
}
