import 'server-only';
import { and, asc, desc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { db as appDb } from '@/db';
import type { DbOrTx } from '@/db/client';
import { applications, candidates, files, jobs, questions, rejectionReasons, stageEvents, stages, users, type ApplicationAnswers } from '@/db/schema';
import type { QuestionKind, StageKind } from '@/lib/domain/job-enums';
import { visibleToActor, type Actor } from './access';

// The applicant page's reads. Every one takes the acting user and adds visibleToActor, so an
// application on a job the actor is not on reads exactly like one that does not exist.

/** The application, if the actor may see it: the check that notes, ratings and downloads share. */
export async function findVisibleApplication(
  actor: Actor,
  applicationId: number,
  conn: DbOrTx = appDb,
  { lock = false }: { lock?: boolean } = {},
): Promise<{ id: number; jobId: number } | null> {
  const query = conn
    .select({ id: applications.id, jobId: applications.jobId })
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .where(and(eq(applications.id, applicationId), visibleToActor(actor)));
  // Only the application row: locking the job too would hold up applications to it.
  const [row] = lock ? await query.for('update', { of: applications }) : await query;
  return row ?? null;
}

export interface AskedQuestion {
  key: string;
  kind: QuestionKind;
  label: string;
}

export interface AnswerFile {
  id: number;
  filename: string;
}

export interface ApplicantDetail {
  id: number;
  reference: string;
  job: { id: number; title: string };
  candidate: {
    firstName: string;
    lastName: string;
    email: string;
    phone: string | null;
    linkedinUrl: string | null;
    websiteUrl: string | null;
  };
  stage: { id: number; name: string; kind: StageKind };
  /** The job's pipeline in order, for the stage move form. */
  stages: Array<{ id: number; name: string; kind: StageKind }>;
  source: string | null;
  /** How they reached the job: through the form, or added by the team (with who referred them, which agency, who added them). */
  origin: { kind: 'applied' | 'sourced' | 'agency' | 'referral'; referrer: string | null; agency: string | null; addedBy: string | null };
  /** Campaign tags of the link the candidate followed (gh_src, utm_*). */
  campaign: Record<string, string>;
  submittedAt: Date;
  /** When the candidate withdrew on their status page; null while they have not. */
  withdrawnAt: Date | null;
  coverLetter: string | null;
  resume: { filename: string; contentType: string; sizeBytes: number } | null;
  /** The questions of the version the candidate answered, in the order they were asked. */
  questions: AskedQuestion[];
  answers: ApplicationAnswers;
  /** Files that answer file questions, by id. */
  answerFiles: AnswerFile[];
  rating: { average: number | null; count: number };
}

/** The questions as they were asked: the application's own question set, not the job's current one. */
export async function listAskedQuestions(questionSetId: number | null, conn: DbOrTx = appDb): Promise<AskedQuestion[]> {
  if (questionSetId === null) return [];
  return conn
    .select({ key: questions.key, kind: questions.kind, label: questions.label })
    .from(questions)
    .where(eq(questions.questionSetId, questionSetId))
    .orderBy(asc(questions.position));
}

/**
 * The file ids that answer this application's file questions. Only keys of file questions
 * count: a number answer such as 42 must never unlock file 42.
 */
export function answerFileIds(asked: readonly AskedQuestion[], answers: ApplicationAnswers): number[] {
  const ids = asked.flatMap((question) => {
    const value = answers[question.key];
    return question.kind === 'file' && typeof value === 'number' && Number.isInteger(value) ? [value] : [];
  });
  return [...new Set(ids)];
}

export async function getApplicantDetail(actor: Actor, applicationId: number, conn: DbOrTx = appDb): Promise<ApplicantDetail | null> {
  const [row] = await conn
    .select({
      id: applications.id,
      reference: applications.reference,
      jobId: jobs.id,
      jobTitle: jobs.title,
      firstName: applications.firstName,
      lastName: applications.lastName,
      email: candidates.email,
      phone: applications.phone,
      linkedinUrl: applications.linkedinUrl,
      websiteUrl: applications.websiteUrl,
      stageId: stages.id,
      stageName: stages.name,
      stageKind: stages.kind,
      source: applications.source,
      origin: applications.origin,
      agencyName: applications.agencyName,
      // Named, not by id: a deleted account reads as null.
      referrer: sql<string | null>`(select coalesce(u.name, u.email) from users u where u.id = ${applications.referrerUserId})`,
      addedBy: sql<string | null>`(select coalesce(u.name, u.email) from users u where u.id = ${applications.addedByUserId})`,
      utm: applications.utm,
      submittedAt: applications.submittedAt,
      withdrawnAt: applications.withdrawnAt,
      coverLetter: applications.coverLetter,
      questionSetId: applications.questionSetId,
      answers: applications.answers,
      resumeFilename: files.filename,
      resumeContentType: files.contentType,
      resumeSizeBytes: files.sizeBytes,
      ratingAverage: applications.ratingAverage,
      ratingCount: applications.ratingCount,
    })
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .innerJoin(stages, eq(stages.id, applications.stageId))
    .leftJoin(files, eq(files.id, applications.resumeFileId))
    .where(and(eq(applications.id, applicationId), visibleToActor(actor)));
  if (!row) return null;

  const [pipeline, asked] = await Promise.all([
    conn
      .select({ id: stages.id, name: stages.name, kind: stages.kind })
      .from(stages)
      .where(and(eq(stages.jobId, row.jobId), isNull(stages.removedAt)))
      .orderBy(asc(stages.position)),
    listAskedQuestions(row.questionSetId, conn),
  ]);
  const fileIds = answerFileIds(asked, row.answers);
  const answerFiles =
    fileIds.length === 0
      ? []
      : await conn.select({ id: files.id, filename: files.filename }).from(files).where(inArray(files.id, fileIds));

  return {
    id: row.id,
    reference: row.reference,
    job: { id: row.jobId, title: row.jobTitle },
    candidate: {
      firstName: row.firstName,
      lastName: row.lastName,
      email: row.email,
      phone: row.phone,
      linkedinUrl: row.linkedinUrl,
      websiteUrl: row.websiteUrl,
    },
    stage: { id: row.stageId, name: row.stageName, kind: row.stageKind },
    stages: pipeline,
    source: row.source,
    origin: { kind: row.origin, referrer: row.referrer, agency: row.agencyName, addedBy: row.addedBy },
    campaign: row.utm ?? {},
    submittedAt: row.submittedAt,
    withdrawnAt: row.withdrawnAt,
    coverLetter: row.coverLetter,
    resume:
      row.resumeFilename !== null && row.resumeContentType !== null && row.resumeSizeBytes !== null
        ? { filename: row.resumeFilename, contentType: row.resumeContentType, sizeBytes: row.resumeSizeBytes }
        : null,
    questions: asked,
    answers: row.answers,
    answerFiles,
    rating: { average: row.ratingAverage === null ? null : Number(row.ratingAverage), count: row.ratingCount },
  };
}

export interface OtherApplication {
  id: number;
  jobTitle: string;
  stageName: string;
  submittedAt: Date;
}

/**
 * The same candidate's applications to other jobs (matched by email), only on jobs the actor
 * may see: that someone applied elsewhere is itself applicant data.
 */
export async function listOtherApplications(actor: Actor, applicationId: number, conn: DbOrTx = appDb): Promise<OtherApplication[]> {
  const current = alias(applications, 'current_application');
  const currentCandidate = alias(candidates, 'current_candidate');
  const currentJob = alias(jobs, 'current_job');
  return conn
    .select({ id: applications.id, jobTitle: jobs.title, stageName: stages.name, submittedAt: applications.submittedAt })
    .from(current)
    .innerJoin(currentJob, eq(currentJob.id, current.jobId))
    .innerJoin(currentCandidate, eq(currentCandidate.id, current.candidateId))
    .innerJoin(candidates, eq(candidates.email, currentCandidate.email))
    .innerJoin(applications, and(eq(applications.candidateId, candidates.id), ne(applications.id, current.id)))
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .innerJoin(stages, eq(stages.id, applications.stageId))
    // Both ends scoped: asking about an application the actor may not see reveals nothing either.
    .where(and(eq(current.id, applicationId), visibleToActor(actor, currentJob.id as unknown as typeof jobs.id), visibleToActor(actor)))
    .orderBy(desc(applications.submittedAt), desc(applications.id));
}

export interface StageMove {
  id: number;
  fromStage: string | null;
  toStage: string;
  toKind: StageKind;
  /** Null for moves the system made (e.g. the demo seed). */
  actorName: string | null;
  reason: string | null;
  at: Date;
}

/** Who moved the application from which stage to which, when and why, oldest first. */
export async function listStageMoves(actor: Actor, applicationId: number, conn: DbOrTx = appDb): Promise<StageMove[]> {
  const fromStage = alias(stages, 'from_stage');
  const rows = await conn
    .select({
      id: stageEvents.id,
      fromStage: fromStage.name,
      toStage: stages.name,
      toKind: stages.kind,
      actorName: users.name,
      actorEmail: users.email,
      reason: stageEvents.reason,
      rejectionReason: rejectionReasons.label,
      at: stageEvents.createdAt,
    })
    .from(stageEvents)
    .innerJoin(applications, eq(applications.id, stageEvents.applicationId))
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .innerJoin(stages, eq(stages.id, stageEvents.toStageId))
    .leftJoin(fromStage, eq(fromStage.id, stageEvents.fromStageId))
    .leftJoin(users, eq(users.id, stageEvents.actorUserId))
    .leftJoin(rejectionReasons, eq(rejectionReasons.id, stageEvents.rejectionReasonId))
    .where(and(eq(stageEvents.applicationId, applicationId), visibleToActor(actor)))
    .orderBy(asc(stageEvents.createdAt), asc(stageEvents.id));
  // The reason from the admins' list, then the free text beside it.
  return rows.map(({ actorEmail, actorName, rejectionReason, reason, ...move }) => ({
    ...move,
    reason: [rejectionReason, reason].filter(Boolean).join(' — ') || null,
    actorName: actorName ?? actorEmail,
  }));
}
