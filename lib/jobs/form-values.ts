import type { JobEditableFields } from '@/db/schema';
import { timestampToClosingDate, type JobFormValues } from '@/lib/validations/job';

type SavedJob = Omit<JobEditableFields, 'status'>;

/** "95000.00" → "95000": what an admin would type. */
function amount(value: string | null): string {
  return value === null ? '' : value.replace(/\.00$/, '');
}

/** A saved job as the editor's starting values (every field a string, as the form holds it). */
export function jobToFormValues(job: SavedJob): JobFormValues {
  return {
    title: job.title,
    slug: job.slug,
    departmentId: job.departmentId === null ? '' : String(job.departmentId),
    locationId: job.locationId === null ? '' : String(job.locationId),
    workplaceType: job.workplaceType,
    employmentType: job.employmentType,
    payMin: amount(job.payMin),
    payMax: amount(job.payMax),
    payCurrency: job.payCurrency ?? 'USD',
    payPeriod: job.payPeriod ?? '',
    closesAt: timestampToClosingDate(job.closesAt),
    summary: job.summary,
    descriptionMarkdown: job.descriptionMarkdown,
    version: String(job.version),
  };
}

/** A new job's starting values. */
export const NEW_JOB_VALUES: JobFormValues = {
  title: '', slug: '', departmentId: '', locationId: '', workplaceType: '', employmentType: '',
  payMin: '', payMax: '', payCurrency: 'USD', payPeriod: 'year', closesAt: '', summary: '', descriptionMarkdown: '',
};
