// What a posting needs before the public may see it: what search engines require of a
// JobPosting (title, description, a place) and what pay-transparency laws require (a pay
// range, when the company's settings say so). Client-safe and pure, so it is unit-tested and
// the same words reach the admin however the check runs.
import { markdownToPlainText } from '@/lib/markdown/render';
import type { JobField } from '@/lib/validations/job';
import type { Job, JobPayFields } from '@/db/schema';

export interface PublishCandidate extends JobPayFields, Pick<Job, 'title' | 'descriptionMarkdown' | 'closesAt'> {
  /** The job's location row; null when none is chosen. */
  location: { countryCode: string | null; remoteArea: string | null } | null;
}

export interface PublishPolicy {
  /** settings.require_pay_range */
  requirePayRange: boolean;
}

export const PUBLISH_PROBLEMS = ['title', 'description', 'location', 'pay', 'closingDate'] as const;
export type PublishProblem = (typeof PUBLISH_PROBLEMS)[number];

/** Each missing item as the sentence "This job can't be published yet. It needs …" names it. */
export const PUBLISH_PROBLEM_TEXT: Record<PublishProblem, string> = {
  title: 'a title',
  description: 'a description',
  location: 'a location with a country or remote area',
  pay: 'a pay range (minimum, maximum, currency and period)',
  closingDate: 'a closing date in the future, or none',
};

/** The editor field each missing item is fixed in. */
export const PUBLISH_PROBLEM_FIELD: Record<PublishProblem, JobField> = {
  title: 'title',
  description: 'descriptionMarkdown',
  location: 'locationId',
  pay: 'payMin',
  closingDate: 'closesAt',
};

const filled = (value: string | null | undefined): boolean => typeof value === 'string' && value.trim() !== '';

/** Every missing item, in form order; empty when the job may be published. */
export function publishProblems(job: PublishCandidate, policy: PublishPolicy, now: Date = new Date()): PublishProblem[] {
  const problems: PublishProblem[] = [];
  if (!filled(job.title)) problems.push('title');
  // Markup alone ("##", an empty list) renders to nothing a reader or a search engine can use.
  if (!filled(markdownToPlainText(job.descriptionMarkdown))) problems.push('description');
  if (!job.location || !(filled(job.location.countryCode) || filled(job.location.remoteArea))) problems.push('location');
  const payComplete = [job.payMin, job.payMax, job.payCurrency, job.payPeriod].every(filled);
  if (policy.requirePayRange && !payComplete) problems.push('pay');
  // Publishing a job whose closing date has passed would only have the sweep close it again.
  if (job.closesAt !== null && job.closesAt.getTime() <= now.getTime()) problems.push('closingDate');
  return problems;
}

const list = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

/** "This job can't be published yet. It needs a description and a pay range (…)." */
export function publishRefusalMessage(problems: readonly PublishProblem[]): string {
  return `This job can't be published yet. It needs ${list.format(problems.map((p) => PUBLISH_PROBLEM_TEXT[p]))}.`;
}
