import 'server-only';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { db as appDb } from '@/db';
import type { DbOrTx } from '@/db/client';
import { applications, candidates, jobs, settings, stages, type ApplicationAnswers } from '@/db/schema';
import { enqueueApplicationConfirmation } from '@/lib/applications/enqueue-confirmation';
import { generateReference } from '@/lib/applications/reference';
import { createStatusToken } from '@/lib/applications/status-token';
import type { FileStorage, PutFileInput } from '@/lib/storage/types';
import { enqueueTeamNotifications } from './notifications';

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
  submissionToken: string;
}

export type CreateApplicationRefusal = 'job-missing' | 'job-closed' | 'duplicate' | 'form-reused';

export type CreateApplicationResult =
  | { ok: true; reference: string; duplicateSubmission: boolean }
  | { ok: false; reason: CreateApplicationRefusal };

const JOB_CANDIDATE_UNIQUE = 'applications_job_candidate_unique';
const SUBMISSION_TOKEN_UNIQUE = 'applications_submission_token_unique';
const REFERENCE_UNIQUE = 'applications_reference_unique';
const REFERENCE_ATTEMPTS = 5;

/** The constraint a unique violation (23505) hit; drizzle wraps the driver's error in `cause`. */
function uniqueViolation(error: unknown): string | null {
  for (let current = error; current instanceof Error; current = current.cause) {
    const pg = current as Error & { code?: string; constraint_name?: string };
    if (pg.code === '23505') return pg.constraint_name ?? '';
  }
  return null;
}

async function existingByToken(db: DbOrTx, token: string) {
  const [row] = await db
    .select({ reference: applications.reference, jobId: applications.jobId, email: candidates.email })
    .from(applications)
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .where(eq(applications.submissionToken, token));
  return row ?? null;
}

/** A second post of the same form (reload, double click, retry) answers with the first one's reference. */
async function resolveByToken(db: DbOrTx, input: CreateApplicationInput, email: string): Promise<CreateApplicationResult | null> {
  const earlier = await existingByToken(db, input.submissionToken);
  if (!earlier) return null;
  // The same token with other details is a form reused after success (back button, edits), not a retry.
  if (earlier.jobId !== input.jobId || earlier.email !== email) return { ok: false, reason: 'form-reused' };
  return { ok: true, reference: earlier.reference, duplicateSubmission: true };
}

async function hasApplied(db: DbOrTx, jobId: number, email: string): Promise<boolean> {
  const [row] = await db
    .select({ id: applications.id })
    .from(applications)
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .where(and(eq(applications.jobId, jobId), eq(candidates.email, email)));
  return Boolean(row);
}

async function insertApplication(
  tx: DbOrTx,
  input: CreateApplicationInput,
  email: string,
  storage: FileStorage,
): Promise<CreateApplicationResult> {
  // FOR SHARE: an admin closing the job waits for applications in flight, and none starts after it closed.
  const [job] = await tx
    .select({ id: jobs.id, title: jobs.title, open: sql<boolean>`${jobs.status} = 'published' and (${jobs.closesAt} is null or ${jobs.closesAt} > now())` })
    .from(jobs)
    .where(eq(jobs.id, input.jobId))
    .for('share');
  if (!job) return { ok: false, reason: 'job-missing' };
  if (!job.open) return { ok: false, reason: 'job-closed' };

  // Cheap early answers before any bytes are written; the unique indexes still decide races.
  const earlier = await resolveByToken(tx, input, email);
  if (earlier) return earlier;
  if (await hasApplied(tx, input.jobId, email)) return { ok: false, reason: 'duplicate' };

  const [stage] = await tx
    .select({ id: stages.id })
    .from(stages)
    .where(and(eq(stages.jobId, input.jobId), eq(stages.kind, 'applied'), isNull(stages.removedAt)))
    .orderBy(asc(stages.position))
    .limit(1);
  if (!stage) throw new Error(`Job ${input.jobId} has no 'applied' stage`);
  const [company] = await tx.select({ privacyText: settings.privacyText, companyName: settings.companyName }).from(settings).where(eq(settings.id, 1));
  if (!company) throw new Error('Company settings are missing');

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

  const resume = await storage.put(input.resume, tx);
  const answers: ApplicationAnswers = { ...input.answers };
  for (const [key, file] of Object.entries(input.answerFiles ?? {})) answers[key] = (await storage.put(file, tx)).id;

  const reference = generateReference();
  const status = createStatusToken();
  const [created] = await tx.insert(applications).values({
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
    statusTokenHash: status.hash,
  }).returning({ id: applications.id });
  if (!created) throw new Error('Application insert returned no row');
  // The hiring team's "new application" emails commit with the application, or not at all.
  await enqueueTeamNotifications(tx, created.id);
  // The candidate's confirmation with their private status link: the token exists only in it.
  await enqueueApplicationConfirmation(tx, {
    applicationId: created.id,
    to: email,
    firstName: person.firstName,
    companyName: company.companyName,
    jobTitle: job.title,
    reference,
    statusToken: status.token,
  });
  return { ok: true, reference, duplicateSubmission: false };
}

/**
 * Writes candidate, resume and application in one transaction, or nothing at all. A refusal
 * (closed or missing job, duplicate) is a result, not an exception.
 */
export async function createApplication(
  input: CreateApplicationInput,
  { storage, db = appDb }: { storage: FileStorage; db?: DbOrTx },
): Promise<CreateApplicationResult> {
  const email = input.candidate.email.trim().toLowerCase();
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.transaction((tx) => insertApplication(tx, input, email, storage));
    } catch (error) {
      const constraint = uniqueViolation(error);
      if (constraint === REFERENCE_UNIQUE && attempt < REFERENCE_ATTEMPTS) continue;
      // A concurrent submission won the race; the transaction has rolled back, so look at what it committed.
      if (constraint === JOB_CANDIDATE_UNIQUE || constraint === SUBMISSION_TOKEN_UNIQUE) {
        const earlier = await resolveByToken(db, input, email);
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
