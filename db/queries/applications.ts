import 'server-only';
import { createHash } from 'node:crypto';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/pg-core';
import { db as appDb } from '@/db';
import type { DbOrTx } from '@/db/client';
import { applications, candidates, jobs, settings, type ApplicationAnswers } from '@/db/schema';
import { generateReference } from '@/lib/domain/application-reference';
import { createStatusToken } from '@/db/status-token';
import { applicationConfirmationEmail } from '@/lib/domain/confirmation-email';
import { statusPath } from '@/lib/domain/status-link';
import type { FileStorage, PutFileInput, StagedFile } from '@/db/storage-types';
import { instantRecipientsOf, newApplicationEmails } from './notifications';
import { queueOutboxEmails } from './outbox-writes';

export interface CreateApplicationInput {
  jobId: number;
  /** The question set version the answers were validated against. */
  questionSetId: number | null;
  candidate: {
    email: string;
    firstName: string;
    lastName: string;
    phone?: string | null;
    linkedinUrl?: string | null;
    websiteUrl?: string | null;
  };
  resume: PutFileInput;
  /** Answers keyed by question key (file questions excluded: see answerFiles). */
  answers: ApplicationAnswers;
  /** Files answering file questions, keyed by question key; the stored file id becomes the answer. */
  answerFiles?: Record<string, PutFileInput>;
  coverLetter?: string | null;
  source?: string | null;
  utm?: Record<string, string> | null;
  /**
   * The form's one-time token (minted in the browser, or fixed by the API's Idempotency-Key).
   * Null for a post without one (the cached form without JavaScript): a repeat of it is then
   * recognised by its content instead (see RESUBMIT_WINDOW).
   */
  submissionToken: string | null;
}

export type CreateApplicationRefusal = 'job-missing' | 'job-closed' | 'duplicate' | 'form-reused';

export type CreateApplicationResult =
  | { ok: true; reference: string; duplicateSubmission: boolean }
  | { ok: false; reason: CreateApplicationRefusal };

const JOB_CANDIDATE_UNIQUE = 'applications_job_candidate_unique';
const SUBMISSION_TOKEN_UNIQUE = 'applications_submission_token_unique';
const REFERENCE_UNIQUE = 'applications_reference_unique';
const REFERENCE_ATTEMPTS = 5;
/** How long a token-less post that repeats an application word for word counts as the same post sent again. */
export const RESUBMIT_WINDOW = '10 minutes';

const sortedEntries = <T>(record: Record<string, T> | null | undefined): Array<[string, T]> =>
  Object.entries(record ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
const bytesDigest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** sha256 of everything the applicant sent for this job, files by their bytes. */
export function applicationDigest(input: CreateApplicationInput, email: string): string {
  const { candidate: c } = input;
  const content = [
    input.jobId,
    email,
    c.firstName,
    c.lastName,
    c.phone ?? null,
    c.linkedinUrl ?? null,
    c.websiteUrl ?? null,
    input.coverLetter ?? null,
    sortedEntries(input.answers),
    input.source ?? null,
    sortedEntries(input.utm),
    bytesDigest(input.resume.bytes),
    sortedEntries(input.answerFiles).map(([key, file]) => [key, bytesDigest(file.bytes)]),
  ];
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

/** The constraint a unique violation (23505) hit; drizzle wraps the driver's error in `cause`. */
function uniqueViolation(error: unknown): string | null {
  for (let current = error; current instanceof Error; current = current.cause) {
    const pg = current as Error & { code?: string; constraint_name?: string };
    if (pg.code === '23505') return pg.constraint_name ?? '';
  }
  return null;
}

/** The application that already holds this post's token, if any. */
interface TokenHolder {
  reference: string;
  jobId: number;
  email: string;
}

/** This email's application to the job, if it has one. `resent`: the same content within RESUBMIT_WINDOW. */
interface EarlierApplication {
  reference: string;
  resent: boolean | null;
}

/** Builds subqueries without a database (it keeps its dialect, so one serves every call). */
const subqueries = new QueryBuilder();

/**
 * What was committed before this post, as two JSON columns to select beside the caller's own:
 * the application holding its token, and the email's application to the job. The first attempt
 * reads them with the job row, in the same round trip. Subqueries of their own, so that their
 * columns stay qualified whatever the outer query joins.
 */
function earlierColumns(input: CreateApplicationInput, email: string, digest: string) {
  const withCandidate = (row: SQL) =>
    subqueries.select({ row: row.as('row') }).from(applications).innerJoin(candidates, eq(candidates.id, applications.candidateId));
  const byToken =
    input.submissionToken === null
      ? sql<TokenHolder | null>`null::json`
      : sql<TokenHolder | null>`${withCandidate(
          sql`json_build_object('reference', ${applications.reference}, 'jobId', ${applications.jobId}, 'email', ${candidates.email})`,
        ).where(eq(applications.submissionToken, input.submissionToken))}`;
  const byEmail = sql<EarlierApplication | null>`${withCandidate(
    sql`json_build_object('reference', ${applications.reference},
      'resent', ${applications.submissionDigest} = ${digest} and ${applications.submittedAt} > now() - ${RESUBMIT_WINDOW}::interval)`,
  ).where(and(eq(applications.jobId, input.jobId), eq(candidates.email, email)))}`;
  return { byToken, byEmail };
}

/**
 * The answer when this post was made before. A second post of the same form (reload, double
 * click, retry: its token, or no token and the same content within RESUBMIT_WINDOW) gets the
 * first one's reference; the same token with other details is a form reused after success (back
 * button, edits); any other application of this email to the job is a duplicate. Null when there
 * is none. The unique indexes on (job, candidate) and the token decide races: racing copies all
 * meet the row that won.
 */
function earlierAnswer(
  { byToken, byEmail }: { byToken: TokenHolder | null; byEmail: EarlierApplication | null },
  input: CreateApplicationInput,
  email: string,
): CreateApplicationResult | null {
  if (byToken) {
    if (byToken.jobId !== input.jobId || byToken.email !== email) return { ok: false, reason: 'form-reused' };
    return { ok: true, reference: byToken.reference, duplicateSubmission: true };
  }
  if (!byEmail) return null;
  // (An application of this email holding this token was found by byToken: both come from one
  // statement's snapshot.) Without a token, the same content within the window is a resend.
  if (input.submissionToken === null && byEmail.resent) return { ok: true, reference: byEmail.reference, duplicateSubmission: true };
  return { ok: false, reason: 'duplicate' };
}

/** After a race was lost: what the winner committed (the transaction that lost has rolled back). */
async function resolveEarlier(db: DbOrTx, input: CreateApplicationInput, email: string, digest: string): Promise<CreateApplicationResult | null> {
  const [row] = await db.select(earlierColumns(input, email, digest)).from(jobs).where(eq(jobs.id, input.jobId));
  return row ? earlierAnswer(row, input, email) : null;
}

/** The application's files, staged before its transaction (an object store has them already). */
interface StagedUploads {
  resume: StagedFile;
  answerFiles: Array<[key: string, file: StagedFile]>;
}

async function stageUploads(input: CreateApplicationInput, storage: FileStorage): Promise<StagedUploads> {
  const staged: StagedFile[] = [];
  try {
    const resume = await storage.stage(input.resume);
    staged.push(resume);
    const answerFiles: StagedUploads['answerFiles'] = [];
    for (const [key, file] of Object.entries(input.answerFiles ?? {})) {
      const one = await storage.stage(file);
      staged.push(one);
      answerFiles.push([key, one]);
    }
    return { resume, answerFiles };
  } catch (error) {
    await storage.discard(staged);
    throw error;
  }
}

async function insertApplication(
  tx: DbOrTx,
  input: CreateApplicationInput,
  email: string,
  digest: string,
  storage: FileStorage,
  uploads: StagedUploads,
  appUrl: string,
): Promise<CreateApplicationResult> {
  // One round trip for everything the insert needs to know. FOR SHARE (of the job row): an admin
  // closing the job waits for applications in flight, and none starts after it closed. The new
  // application's id is drawn here, so that its emails can be queued before its row is written
  // (see below); a refused application leaves a gap in the ids, as a rolled-back one always did.
  const [job] = await tx
    .select({
      id: jobs.id,
      title: jobs.title,
      applicationId: sql<number>`nextval(pg_get_serial_sequence('applications', 'id'))::int`,
      // The transaction's time: the application's submitted_at default, for the team's email.
      now: sql<Date>`now()`.mapWith(applications.submittedAt),
      open: sql<boolean>`${jobs.status} = 'published' and (${jobs.closesAt} is null or ${jobs.closesAt} > now())`,
      stageId: sql<number | null>`(select s.id from stages s where s.job_id = "jobs"."id" and s.kind = 'applied' and s.removed_at is null order by s.position limit 1)`,
      privacyText: settings.privacyText,
      companyName: settings.companyName,
      // Read here rather than by queries of their own: each would be a round trip inside the transaction.
      ...earlierColumns(input, email, digest),
      instantRecipients: instantRecipientsOf(jobs.id),
    })
    .from(jobs)
    .leftJoin(settings, eq(settings.id, 1))
    .where(eq(jobs.id, input.jobId))
    .for('share', { of: jobs });
  if (!job) return { ok: false, reason: 'job-missing' };
  if (!job.open) return { ok: false, reason: 'job-closed' };

  // Cheap early answers before any bytes are written; the unique indexes still decide races.
  const earlier = earlierAnswer(job, input, email);
  if (earlier) return earlier;

  if (job.stageId === null) throw new Error(`Job ${input.jobId} has no 'applied' stage`);
  if (job.privacyText === null || job.companyName === null) throw new Error('Company settings are missing');
  const stage = { id: job.stageId };
  const company = { privacyText: job.privacyText, companyName: job.companyName };

  const { candidate: person } = input;
  const [candidate] = await tx
    .insert(candidates)
    .values({
      email,
      firstName: person.firstName,
      lastName: person.lastName,
      phone: person.phone ?? null,
      linkedinUrl: person.linkedinUrl ?? null,
      websiteUrl: person.websiteUrl ?? null,
    })
    .onConflictDoUpdate({
      target: candidates.email,
      // The candidate row holds the latest details (an optional one left out this time is kept);
      // each application keeps its own copy below, so nothing here rewrites an earlier one.
      set: {
        firstName: sql`excluded.first_name`,
        lastName: sql`excluded.last_name`,
        phone: sql`coalesce(excluded.phone, ${candidates.phone})`,
        linkedinUrl: sql`coalesce(excluded.linkedin_url, ${candidates.linkedinUrl})`,
        websiteUrl: sql`coalesce(excluded.website_url, ${candidates.websiteUrl})`,
        updatedAt: sql`now()`,
      },
    })
    .returning({ id: candidates.id });
  if (!candidate) throw new Error('Candidate upsert returned no row');

  const resume = await storage.record(uploads.resume, tx);
  const answers: ApplicationAnswers = { ...input.answers };
  for (const [key, file] of uploads.answerFiles) answers[key] = (await storage.record(file, tx)).id;

  const reference = generateReference();
  const status = createStatusToken();
  const applicationId = job.applicationId;
  // The emails go first and the application's row last. Its insert fires the triggers that keep
  // the job's counts (stage_application_counts, the reports' daily rollup): they update one row per
  // job, which every concurrent application to the job then waits for until this transaction
  // commits. Written last, that lock is held for the insert and the commit only, not for the
  // emails' round trips as well: a job's applications went through ~1.35× faster (README,
  // Performance). The emails' links to the application are checked at commit (migration 0026).
  const teamEmails = newApplicationEmails(job.instantRecipients, {
    item: { applicationId, candidateName: `${person.firstName} ${person.lastName}`, jobTitle: job.title, submittedAt: job.now },
    companyName: company.companyName,
    appUrl,
  });
  // The candidate's confirmation with their private status link: the token exists only in it.
  const statusUrl = new URL(statusPath(status.token), appUrl).href;
  const confirmation = {
    kind: 'application-confirmation',
    dedupeKey: confirmationDedupeKey(applicationId),
    ...applicationConfirmationEmail({ to: email, firstName: person.firstName, companyName: company.companyName, jobTitle: job.title, reference, statusUrl }),
    about: { applicationIds: [applicationId], audience: 'candidate' as const },
  };
  // The hiring team's "new application" emails and the confirmation commit with the application, or not at all.
  await queueOutboxEmails(tx, [...teamEmails, confirmation]);

  const [created] = await tx
    .insert(applications)
    .overridingSystemValue()
    .values({
      id: applicationId,
      reference,
      jobId: input.jobId,
      candidateId: candidate.id,
      firstName: person.firstName,
      lastName: person.lastName,
      phone: person.phone ?? null,
      linkedinUrl: person.linkedinUrl ?? null,
      websiteUrl: person.websiteUrl ?? null,
      stageId: stage.id,
      questionSetId: input.questionSetId,
      resumeFileId: resume.id,
      answers,
      coverLetter: input.coverLetter ?? null,
      source: input.source ?? null,
      utm: input.utm ?? null,
      consentText: company.privacyText,
      consentedAt: sql`now()`,
      submissionToken: input.submissionToken,
      submissionDigest: digest,
      statusTokenHash: status.hash,
    })
    .returning({ id: applications.id });
  if (!created) throw new Error('Application insert returned no row');
  return { ok: true, reference, duplicateSubmission: false };
}

/** One confirmation per application, however often the transaction is retried. */
export const confirmationDedupeKey = (applicationId: number) => `application-confirmation:${applicationId}`;

/**
 * Writes candidate, resume and application in one transaction, or nothing at all. A refusal
 * (closed or missing job, duplicate) is a result, not an exception. The files are staged first
 * (an object store gets them before the transaction, so no lock waits on an upload) and their
 * rows commit with the application; when it does not commit, the staged objects are discarded.
 */
export async function createApplication(
  input: CreateApplicationInput,
  { storage, db = appDb, appUrl }: { storage: FileStorage; db?: DbOrTx; /** APP_URL, for the links in the emails it queues. */ appUrl: string },
): Promise<CreateApplicationResult> {
  const email = input.candidate.email.trim().toLowerCase();
  const digest = applicationDigest(input, email);
  const uploads = await stageUploads(input, storage);
  const result = await insertWithRetries(db, input, email, digest, storage, uploads, appUrl);
  // Only a result proves that no row took the files. After an error the commit may still have
  // happened (a connection lost on COMMIT), so the objects stay for the orphan sweep to judge.
  if (!result.ok || result.duplicateSubmission) await storage.discard([uploads.resume, ...uploads.answerFiles.map(([, file]) => file)]);
  return result;
}

async function insertWithRetries(
  db: DbOrTx,
  input: CreateApplicationInput,
  email: string,
  digest: string,
  storage: FileStorage,
  uploads: StagedUploads,
  appUrl: string,
): Promise<CreateApplicationResult> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.transaction((tx) => insertApplication(tx, input, email, digest, storage, uploads, appUrl));
    } catch (error) {
      const constraint = uniqueViolation(error);
      if (constraint === REFERENCE_UNIQUE && attempt < REFERENCE_ATTEMPTS) continue;
      // A concurrent submission won the race; the transaction has rolled back, so look at what it committed.
      if (constraint === JOB_CANDIDATE_UNIQUE || constraint === SUBMISSION_TOKEN_UNIQUE) {
        const earlier = await resolveEarlier(db, input, email, digest);
        if (earlier) return earlier;
        if (constraint === JOB_CANDIDATE_UNIQUE) return { ok: false, reason: 'duplicate' };
      }
      throw error;
    }
  }
}

export interface ApplicationConfirmation {
  reference: string;
  jobTitle: string;
  jobSlug: string;
  submittedAt: Date;
}

/** What the confirmation page shows: the reference and the job, nothing about the candidate. */
export async function getApplicationConfirmation(reference: string, db: DbOrTx = appDb): Promise<ApplicationConfirmation | null> {
  const [row] = await db
    .select({ reference: applications.reference, jobTitle: jobs.title, jobSlug: jobs.slug, submittedAt: applications.submittedAt })
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .where(eq(applications.reference, reference));
  return row ?? null;
}
