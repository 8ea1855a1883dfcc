import { z } from 'zod';
import type { ActionState } from '@/lib/action-state';
import { EMPLOYMENT_TYPES, PAY_PERIODS, WORKPLACE_TYPES } from '@/lib/domain/job-enums';
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from '@/lib/domain/slug';
import { emptyToUndefined } from './fields';

// ONE schema for the job editor (zodResolver in the browser) and its server actions (safeParse
// again). Client-safe. FormData gives strings, so every field is parsed from a string.

export const JOB_FORM_FIELDS = [
  'title', 'slug', 'departmentId', 'locationId', 'workplaceType', 'employmentType',
  'payMin', 'payMax', 'payCurrency', 'payPeriod', 'closesAt', 'summary', 'descriptionMarkdown', 'version',
] as const;
export type JobField = (typeof JOB_FORM_FIELDS)[number];
/** What the form holds and what a refused save sends back: every field as typed. */
export type JobFormValues = Partial<Record<JobField, string>>;
export type JobActionState = ActionState<JobField> & { values?: JobFormValues };

export const JOB_MESSAGES = {
  invalid: "The job wasn't saved. Check the fields marked below.",
  conflict: 'This job was changed by someone else while you were editing. Reload to see their changes; your edits are kept below.',
  slugTaken: 'Another job uses this URL slug, or used it before. Choose another one.',
  notFound: 'This job no longer exists.',
  taxonomyMissing: 'That department or location no longer exists. Choose another one.',
} as const;

const AMOUNT = /^\d{1,10}(\.\d{1,2})?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// Intl knows every current ISO 4217 code; an old browser without the list gets the format check only.
const CURRENCIES = typeof Intl.supportedValuesOf === 'function' ? new Set(Intl.supportedValuesOf('currency')) : null;

const text = (max: number, tooLong: string) => z.preprocess((v) => v ?? '', z.string().trim().max(max, tooLong));

function optionalId(message: string) {
  return z.preprocess((v) => (emptyToUndefined(v) === undefined ? null : Number(v)), z.number({ error: message }).int(message).positive(message).nullable());
}

function amount(label: string) {
  const message = `Enter the ${label} as a number, like 85000 or 85000.50`;
  return z.preprocess((v) => (typeof v === 'string' ? emptyToUndefined(v.replace(/[,\s]/g, '')) : emptyToUndefined(v)), z.string({ error: message }).regex(AMOUNT, message).optional());
}

function isRealDate(value: string): boolean {
  const [, y, m, d] = DATE.exec(value) ?? [];
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d) && Number(y) >= 2000 && Number(y) <= 2100;
}

/** A closing date means "open until the end of that day, UTC". */
export function closingDateToTimestamp(date: string): Date {
  return new Date(`${date}T23:59:59.999Z`);
}
export function timestampToClosingDate(closesAt: Date | null): string {
  return closesAt ? closesAt.toISOString().slice(0, 10) : '';
}

const jobFields = z.object({
  title: z.preprocess((v) => v ?? '', z.string().trim().min(1, 'Enter a job title').max(150, 'Keep the title to 150 characters or fewer')),
  slug: z.preprocess(
    (v) => (typeof v === 'string' ? emptyToUndefined(v.trim().toLowerCase()) : emptyToUndefined(v)),
    z.string().max(MAX_SLUG_LENGTH, `Keep the slug to ${MAX_SLUG_LENGTH} characters or fewer`)
      .regex(SLUG_PATTERN, 'Use lowercase letters, digits and single dashes only, like senior-backend-engineer').optional(),
  ),
  departmentId: optionalId('Choose a department from the list'),
  locationId: optionalId('Choose a location from the list'),
  workplaceType: z.enum(WORKPLACE_TYPES, { error: 'Choose where the work happens' }),
  employmentType: z.enum(EMPLOYMENT_TYPES, { error: 'Choose the type of employment' }),
  payMin: amount('minimum pay'),
  payMax: amount('maximum pay'),
  payCurrency: z.preprocess((v) => (typeof v === 'string' ? v.trim().toUpperCase() : v), z.string().optional()),
  payPeriod: z.preprocess(emptyToUndefined, z.enum(PAY_PERIODS, { error: 'Choose how often this pay is given' }).optional()),
  closesAt: z.preprocess(emptyToUndefined, z.string().regex(DATE, 'Enter the date as YYYY-MM-DD').refine(isRealDate, 'Enter a real date, like 2026-06-30').optional()),
  summary: text(500, 'Keep the summary to 500 characters or fewer'),
  descriptionMarkdown: text(50_000, 'Keep the description to 50,000 characters or fewer'),
});
type JobFieldsOutput = z.output<typeof jobFields>;

// Runs even when other fields failed (`when` below), so a refused form lists every problem at
// once; the values may then be raw, hence the string checks.
function checkPay(data: JobFieldsOutput, ctx: z.RefinementCtx): void {
  const given = (value: unknown): value is string => typeof value === 'string' && value !== '';
  const { payMin, payMax, payCurrency, payPeriod } = data as Record<string, unknown>;
  if (!given(payMin) && !given(payMax)) return;
  const issue = (path: JobField, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (!given(payMin)) issue('payMin', 'Enter the minimum pay too (the same as the maximum for a fixed pay)');
  if (!given(payMax)) issue('payMax', 'Enter the maximum pay too (the same as the minimum for a fixed pay)');
  if (given(payMin) && given(payMax) && AMOUNT.test(payMin) && AMOUNT.test(payMax) && Number(payMin) > Number(payMax)) {
    issue('payMax', 'The maximum pay must be at least the minimum');
  }
  const currency = typeof payCurrency === 'string' ? payCurrency : '';
  if (!/^[A-Z]{3}$/.test(currency) || (CURRENCIES && !CURRENCIES.has(currency))) issue('payCurrency', 'Enter a three-letter ISO 4217 currency code, like USD or EUR');
  if (!given(payPeriod)) issue('payPeriod', 'Choose how often this pay is given');
}
const always = { when: () => true };

function toJobData(data: JobFieldsOutput) {
  const pay = data.payMin && data.payMax && data.payCurrency && data.payPeriod
    ? { min: data.payMin, max: data.payMax, currency: data.payCurrency, period: data.payPeriod }
    : null;
  return {
    title: data.title,
    /** Null: make one from the title. */
    slug: data.slug ?? null,
    departmentId: data.departmentId,
    locationId: data.locationId,
    workplaceType: data.workplaceType,
    employmentType: data.employmentType,
    pay,
    closesAt: data.closesAt ? closingDateToTimestamp(data.closesAt) : null,
    summary: data.summary,
    descriptionMarkdown: data.descriptionMarkdown,
  };
}

export const jobSchema = jobFields.superRefine(checkPay, always).transform(toJobData);
/** The editor of an existing job also sends the version it started from (optimistic locking). */
export const jobEditSchema = jobFields
  .extend({ version: z.coerce.number({ error: 'Reload the page and try again' }).int().positive('Reload the page and try again') })
  .superRefine(checkPay, always)
  .transform(({ version, ...data }) => ({ ...toJobData(data), version }));

export type JobData = z.output<typeof jobSchema>;
export type JobEditData = z.output<typeof jobEditSchema>;

// Longer than any accepted value, so nothing valid is cut, and a huge paste is not sent back whole.
const MAX_ECHO = 60_000;

/** FormData → the form's values as typed: the schema's input, and what a refusal sends back. */
export function jobFormValues(formData: FormData): JobFormValues {
  const values: JobFormValues = {};
  for (const field of JOB_FORM_FIELDS) {
    const value = formData.get(field);
    if (typeof value === 'string') values[field] = value.slice(0, MAX_ECHO);
  }
  return values;
}

export const jobStatusChangeSchema = z.object({
  jobId: z.coerce.number().int().positive(),
  transition: z.enum(['publish', 'close', 'reopen', 'archive']),
});

export const MAX_IMPORT_CHARS = 100_000;
export const jobImportSchema = z.object({
  text: z.preprocess(
    (v) => v ?? '',
    z.string().trim().min(1, 'Paste the text of a job description').max(MAX_IMPORT_CHARS, 'The text can be at most 100,000 characters'),
  ),
});

/** The import page's one action state: first the pasted text, then the draft being saved. */
export type ImportJobState = ActionState<JobField | 'text'> & {
  values?: JobFormValues;
  /** The editor's starting values once the text is imported. */
  draft?: JobFormValues;
  /** What the importer could not read, and what the admin must still choose. */
  notes?: string[];
  /** New per import, so a second import starts the editor afresh. */
  draftId?: string;
  /** The pasted text, sent back when it was refused. */
  text?: string;
};
