import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { departments, jobs, locations, questions, questionSets, stages, type NewQuestion } from '../schema';
import { DEFAULT_STAGES, type EmploymentType, type JobStatus, type PayPeriod, type QuestionKind, type WorkplaceType } from '@/lib/domain/job-enums';
import { countryName } from '@/lib/domain/location';

export interface QuestionInput {
  key: string;
  kind: QuestionKind;
  label: string;
  helpText?: string | null;
  required: boolean;
  options?: string[] | null;
}

export interface JobInput {
  slug: string;
  title: string;
  departmentId: number | null;
  locationId: number | null;
  workplaceType: WorkplaceType;
  employmentType: EmploymentType;
  pay: { min: string; max: string; currency: string; period: PayPeriod } | null;
  summary: string;
  descriptionMarkdown: string;
  status: JobStatus;
  publishedAt?: Date | null;
  closesAt?: Date | null;
  questions?: QuestionInput[];
}

/** Department and place names, copied onto the job so one index serves the whole search. */
export async function searchTextFor(db: DbOrTx, departmentId: number | null, locationId: number | null): Promise<string> {
  const words: string[] = [];
  if (departmentId !== null) {
    const [dept] = await db.select({ name: departments.name }).from(departments).where(eq(departments.id, departmentId));
    if (dept) words.push(dept.name);
  }
  if (locationId !== null) {
    const [place] = await db
      .select({ city: locations.city, region: locations.region, countryCode: locations.countryCode, remoteArea: locations.remoteArea })
      .from(locations)
      .where(eq(locations.id, locationId));
    if (place) words.push(place.city ?? '', place.region ?? '', countryName(place.countryCode), place.countryCode, place.remoteArea ?? '');
  }
  return words.filter(Boolean).join(' ');
}

/**
 * Creates a job with its default pipeline stages and its first question set, in one
 * transaction: a job never exists without the stages an application needs.
 */
export async function createJob(db: DbOrTx, input: JobInput): Promise<{ id: number; slug: string }> {
  return db.transaction(async (tx) => {
    const searchText = await searchTextFor(tx, input.departmentId, input.locationId);
    const publishedAt = input.status === 'draft' ? null : (input.publishedAt ?? new Date());
    const [job] = await tx
      .insert(jobs)
      .values({
        slug: input.slug,
        title: input.title,
        departmentId: input.departmentId,
        locationId: input.locationId,
        workplaceType: input.workplaceType,
        employmentType: input.employmentType,
        payMin: input.pay?.min ?? null,
        payMax: input.pay?.max ?? null,
        payCurrency: input.pay?.currency ?? null,
        payPeriod: input.pay?.period ?? null,
        summary: input.summary,
        descriptionMarkdown: input.descriptionMarkdown,
        status: input.status,
        publishedAt,
        closesAt: input.closesAt ?? null,
        closedAt: input.status === 'closed' ? new Date() : null,
        searchText,
      })
      .returning({ id: jobs.id, slug: jobs.slug });
    if (!job) throw new Error('Job insert returned no row');

    await tx.insert(stages).values(DEFAULT_STAGES.map((stage, position) => ({ jobId: job.id, name: stage.name, kind: stage.kind, position })));

    const [set] = await tx.insert(questionSets).values({ jobId: job.id, version: 1 }).returning({ id: questionSets.id });
    if (set && input.questions?.length) {
      const rows: NewQuestion[] = input.questions.map((q, position) => ({
        questionSetId: set.id,
        key: q.key,
        position,
        kind: q.kind,
        label: q.label,
        helpText: q.helpText ?? null,
        required: q.required,
        options: q.options ?? null,
      }));
      await tx.insert(questions).values(rows);
    }
    await refreshSearchLexicon(tx);
    return job;
  });
}

/**
 * The word list behind "did you mean" matching; small (one row per distinct word), so a full
 * refresh is cheap. Through a SECURITY DEFINER function (migration 0018): only the view's owner
 * may refresh it, and the app's database role owns no table (db/roles.ts).
 */
export async function refreshSearchLexicon(db: DbOrTx): Promise<void> {
  await db.execute(sql`select refresh_search_lexicon()`);
}
