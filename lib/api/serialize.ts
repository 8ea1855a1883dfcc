import type { JobListItem, PublicJob } from '@/db/queries/jobs';
import type { PublicQuestion } from '@/lib/validations/application-questions';
import type { ApiJob, ApiJobSummary } from '@/lib/validations/api';
import { isAcceptingApplications } from '@/db/job-visibility';

// Rows → the API's JSON shapes (lib/validations/api.ts). Dates become ISO strings, numeric pay
// becomes numbers, and the job's page URL is absolute so a client can link to it.

function payOf(job: JobListItem): ApiJobSummary['pay'] {
  if (job.payMin === null && job.payMax === null) return null;
  return {
    min: job.payMin === null ? null : Number(job.payMin),
    max: job.payMax === null ? null : Number(job.payMax),
    currency: job.payCurrency,
    period: job.payPeriod,
  };
}

export function toApiJobSummary(job: JobListItem, appUrl: string): ApiJobSummary {
  return {
    id: job.id,
    slug: job.slug,
    title: job.title,
    url: new URL(`/jobs/${encodeURIComponent(job.slug)}`, appUrl).toString(),
    department: job.department,
    location: job.location,
    workplaceType: job.workplaceType,
    employmentType: job.employmentType,
    pay: payOf(job),
    publishedAt: job.publishedAt.toISOString(),
  };
}

export function toApiJob(job: PublicJob, questions: readonly PublicQuestion[], appUrl: string, now = new Date()): ApiJob {
  return {
    ...toApiJobSummary(job, appUrl),
    status: isAcceptingApplications(job, now) ? 'open' : 'closed',
    summary: job.summary,
    descriptionMarkdown: job.descriptionMarkdown,
    closesAt: job.closesAt ? job.closesAt.toISOString() : null,
    questions: questions.map((q) => ({ key: q.key, kind: q.kind, label: q.label, helpText: q.helpText, required: q.required, options: q.options })),
  };
}
