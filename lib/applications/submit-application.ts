import 'server-only';
import { getApplicationForm, type ApplicationForm, type PublicQuestion } from '@/db/queries/application-form';
import { createApplication, type CreateApplicationRefusal } from '@/db/queries/applications';
import type { DbOrTx } from '@/db/client';
import type { ActionState } from '@/lib/action-state';
import { countApplicationRefused, countApplicationSubmitted } from '@/lib/metrics/applications';
import { env } from '@/lib/env';
import { getStorage, type FileStorage, type PutFileInput } from '@/lib/storage';
import { sniffResume, storedFilename } from '@/lib/uploads/sniff-resume';
import { questionFieldName } from '@/lib/validations/application-questions';
import { formDataToApplicationInput, HONEYPOT_FIELD, type ApplicationField } from '@/lib/validations/application';
import { isFileLike } from '@/lib/validations/resume-file';
import { applicationSchemaFor } from './application-schema';
import { echoableValues, type ApplyFormValues } from './apply-state';
import { zodFieldErrors } from '@/lib/actions/field-errors';
import { isAcceptingApplications, isPubliclyListed } from '@/db/job-visibility';

export const MESSAGES = {
  invalid: "Your application wasn't sent. Check the fields marked below. If your resume is no longer attached, choose the file again.",
  notSent: "We couldn't send your application. Please reload the page and try again.",
  jobMissing: 'This job could not be found. It may have been removed.',
  jobClosed: 'This job is no longer accepting applications.',
  duplicate: 'You have already applied for this job with this email address.',
  tooManyFields: "Your application wasn't sent: the form held far more fields than this job's application form has. Please reload the page and try again.",
  formReused: 'This form has already been used to send an application. Reload the page to start a new one.',
  received: 'Application received',
} as const;

export interface SubmitApplicationResult {
  state: ActionState<ApplicationField>;
  /** Set on success: the reference the confirmation page shows. */
  reference?: string;
  /** What to put back in the form after a refusal. */
  values?: ApplyFormValues;
  /** The hidden field was filled: most likely a bot. */
  honeypot?: true;
  /** Why it was refused, for callers that answer in codes rather than words (the JSON API). */
  refusal?: CreateApplicationRefusal;
  /** Set on success when this form had already been stored (a reload or double click). */
  duplicateSubmission?: boolean;
}

type FieldErrors = Partial<Record<ApplicationField, string[]>>;

/** Room for the standard fields, the honeypot, the token and Next's action envelope. */
const FIXED_FORM_ENTRIES = 40;

function maxFormEntries(questions: readonly PublicQuestion[]): number {
  return FIXED_FORM_ENTRIES + questions.reduce((sum, q) => sum + 1 + (Array.isArray(q.options) ? q.options.length : 0), 0);
}

function formEntryCount(formData: FormData): number {
  return [...formData.keys()].length;
}

const REFUSALS: Record<CreateApplicationRefusal, ActionState<ApplicationField>> = {
  'job-missing': { status: 'error', message: MESSAGES.jobMissing },
  'job-closed': { status: 'error', message: MESSAGES.jobClosed },
  duplicate: { status: 'error', message: MESSAGES.duplicate, fieldErrors: { email: [MESSAGES.duplicate] } },
  'form-reused': { status: 'error', message: MESSAGES.formReused },
};

/** Checks each uploaded file by its bytes; the schema has already checked size, name and declared type. */
async function readUploads(formData: FormData, questions: readonly PublicQuestion[], errors: FieldErrors) {
  const fields: Array<{ field: ApplicationField; key: string | null }> = [
    { field: 'resume', key: null },
    ...questions.filter((q) => q.kind === 'file').map((q) => ({ field: questionFieldName(q.key), key: q.key })),
  ];
  const uploads = new Map<string | null, PutFileInput>();
  for (const { field, key } of fields) {
    const file = formData.get(field);
    if (errors[field] || !isFileLike(file) || file.size === 0) continue;
    const bytes = new Uint8Array(await file.arrayBuffer());
    const sniffed = await sniffResume(bytes);
    if (!sniffed.ok) errors[field] = [sniffed.message];
    else uploads.set(key, { filename: storedFilename(file.name, sniffed.ext), contentType: sniffed.mime, bytes });
  }
  return uploads;
}

type SubmitApplicationDeps = { db?: DbOrTx; storage?: FileStorage; loadForm?: (slug: string) => Promise<ApplicationForm | null> };

/**
 * The whole apply flow without Next.js APIs (the action adds the redirect): find the job,
 * parse and sniff everything, then write it all in one transaction or nothing. Counted in
 * portico_applications_{submitted,refused}_total, for the web form and the API alike.
 */
export async function submitApplication(
  slug: string,
  formData: FormData,
  // loadForm: the apply action passes the cached read the page uses (the transaction re-checks
  // that the job is open); tests read the database directly.
  deps: SubmitApplicationDeps = {},
): Promise<SubmitApplicationResult> {
  const result = await submitAndDecide(slug, formData, deps);
  if (result.reference) {
    if (!result.duplicateSubmission) countApplicationSubmitted();
  } else {
    countApplicationRefused(result.refusal ?? (result.honeypot ? 'honeypot' : 'invalid'));
  }
  return result;
}

async function submitAndDecide(
  slug: string,
  formData: FormData,
  deps: SubmitApplicationDeps,
): Promise<SubmitApplicationResult> {
  const values = echoableValues(formData);
  const form = await (deps.loadForm ? deps.loadForm(slug) : getApplicationForm(slug, deps.db));
  if (!form || !isPubliclyListed(form)) return { state: REFUSALS['job-missing'], values, refusal: 'job-missing' };
  if (!isAcceptingApplications(form)) return { state: REFUSALS['job-closed'], values, refusal: 'job-closed' };

  // The page's form sends its own fields, one entry per question (a choice per option at most) and
  // Next's few action fields; a body with many more is not from it, and nothing of it is kept.
  if (formEntryCount(formData) > maxFormEntries(form.questions)) {
    return { state: { status: 'error', message: MESSAGES.tooManyFields }, values: {} };
  }

  // A bot gets the same vague answer as a failure would give, and nothing is written.
  const honeypot = formData.get(HONEYPOT_FIELD);
  if (honeypot !== null && honeypot !== '') return { state: { status: 'error', message: MESSAGES.notSent }, values, honeypot: true };

  const parsed = applicationSchemaFor(form.questions).safeParse(formDataToApplicationInput(formData, form.questions));
  const errors: FieldErrors = parsed.success ? {} : zodFieldErrors(parsed.error);
  const uploads = await readUploads(formData, form.questions, errors);
  if (!parsed.success || Object.keys(errors).length > 0) {
    return { state: { status: 'error', message: MESSAGES.invalid, fieldErrors: errors }, values };
  }

  const application = parsed.data;
  const resume = uploads.get(null);
  if (!resume) throw new Error('A parsed application has no resume upload');
  const answerFiles = Object.fromEntries(
    Object.keys(application.questionFiles).flatMap((key) => (uploads.has(key) ? [[key, uploads.get(key) as PutFileInput]] : [])),
  );

  const result = await createApplication(
    {
      jobId: form.id,
      questionSetId: form.questionSetId,
      candidate: {
        email: application.email,
        firstName: application.firstName,
        lastName: application.lastName,
        phone: application.phone,
        linkedinUrl: application.linkedinUrl,
        websiteUrl: application.websiteUrl,
      },
      resume,
      answers: application.answers,
      answerFiles,
      coverLetter: application.coverLetter,
      source: application.source,
      utm: application.utm,
      submissionToken: application.submissionToken ?? null,
    },
    { storage: deps.storage ?? getStorage(), db: deps.db, appUrl: env.APP_URL },
  );
  if (!result.ok) return { state: REFUSALS[result.reason], values, refusal: result.reason };
  return { state: { status: 'success', message: MESSAGES.received }, reference: result.reference, duplicateSubmission: result.duplicateSubmission };
}
