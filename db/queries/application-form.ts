import 'server-only';
import { unstable_cache } from 'next/cache';
import { cache } from 'react';
import { and, asc, eq } from 'drizzle-orm';
import { db as appDb } from '@/db';
import type { DbOrTx } from '@/db/client';
import { jobs, questions, questionSets, type Job, type PublicQuestion } from '@/db/schema';
import { TAGS } from '@/lib/domain/cache-tags';

export type { PublicQuestion } from '@/db/schema';

export interface ApplicationForm extends Pick<Job, 'id' | 'slug' | 'title' | 'status' | 'closesAt'> {
  questionSetId: number | null;
  questions: PublicQuestion[];
}

/** What the public apply form needs about a job: its state and its current questions, nothing internal. */
export async function getApplicationForm(slug: string, db: DbOrTx = appDb): Promise<ApplicationForm | null> {
  const [job] = await db
    .select({ id: jobs.id, slug: jobs.slug, title: jobs.title, status: jobs.status, closesAt: jobs.closesAt })
    .from(jobs)
    .where(eq(jobs.slug, slug));
  if (!job) return null;

  const [set] = await db
    .select({ id: questionSets.id })
    .from(questionSets)
    .where(and(eq(questionSets.jobId, job.id), eq(questionSets.isCurrent, true)));
  const rows = set
    ? await db
        .select({
          key: questions.key,
          kind: questions.kind,
          label: questions.label,
          helpText: questions.helpText,
          required: questions.required,
          options: questions.options,
        })
        .from(questions)
        .where(eq(questions.questionSetId, set.id))
        .orderBy(asc(questions.position))
    : [];
  return { ...job, questionSetId: set?.id ?? null, questions: rows };
}

/**
 * The form as the apply page and the apply action read it: cached under the job's public tags,
 * which every posting and question change expires (revalidatePublicJobs). The hourly revalidate
 * is a backstop for a closing date passing; the apply transaction checks the date itself.
 * React `cache` on top, so metadata, page and action share one read per request.
 */
export const getCachedApplicationForm = cache(async (slug: string): Promise<ApplicationForm | null> => {
  const read = unstable_cache(() => getApplicationForm(slug), ['public-apply-form', slug], { tags: [TAGS.job(slug), TAGS.jobs], revalidate: 3600 });
  const form = await read();
  // unstable_cache keeps JSON: the date comes back as a string.
  return form && { ...form, closesAt: form.closesAt === null ? null : new Date(form.closesAt) };
});
