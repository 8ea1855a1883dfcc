import 'server-only';
import { alias } from 'drizzle-orm/pg-core';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { db as appDb } from '@/db';
import type { DbOrTx } from '@/db/client';
import {
  applications,
  auditLog,
  candidates,
  interviewKinds,
  interviews,
  jobs,
  candidateTags,
  notes,
  ratings,
  rejectionReasons,
  settings,
  scorecards,
  stageEvents,
  stages,
  users,
  type ApplicationAnswers,
} from '@/db/schema';
import type { StageKind } from '@/lib/domain/job-enums';
import { answerFileIds, listAskedQuestions, type AskedQuestion } from './applicant-detail';
import { listEmailsForExport, type ExportedEmail } from './application-emails';

// Everything Portico holds about one candidate, for a subject-access export (GDPR art. 15).
// What each audience gets is decided in lib/subject-access; this reads it all, by candidate.

export type SubjectAccessScope = 'candidate' | 'admin';

export interface SubjectApplication {
  id: number;
  reference: string;
  jobTitle: string;
  stage: { name: string; kind: StageKind };
  submittedAt: Date;
  withdrawnAt: Date | null;
  contact: { firstName: string; lastName: string; phone: string | null; linkedinUrl: string | null; websiteUrl: string | null };
  coverLetter: string | null;
  source: string | null;
  utm: Record<string, string> | null;
  consent: { text: string; at: Date };
  questions: AskedQuestion[];
  answers: ApplicationAnswers;
  fileIds: number[];
  stageHistory: Array<{ at: Date; fromStage: string | null; toStage: string; toKind: StageKind; rejectionReason: string | null; reasonText: string | null; by: string | null }>;
  interviews: Array<{ kind: string; status: string; startsAt: Date | null; durationMinutes: number; location: string | null; videoUrl: string | null; cancelledAt: Date | null }>;
  notes: Array<{ at: Date; author: string | null; body: string }>;
  ratings: Array<{ reviewer: string; score: number; at: Date }>;
  scorecards: Array<{ reviewer: string; recommendation: string; ratings: Record<string, number>; notes: string; at: Date }>;
}

export interface SubjectData {
  candidate: { id: number; email: string; firstName: string; lastName: string; phone: string | null; linkedinUrl: string | null; websiteUrl: string | null; createdAt: Date; personalDataPurgedAt: Date | null };
  /** The team's tags on the person, alphabetically. */
  tags: string[];
  applications: SubjectApplication[];
  emails: ExportedEmail[];
  companyName: string;
}

/** The candidate and application a status token opens, or null. */
export async function findSubjectByStatusTokenHash(tokenHash: string, conn: DbOrTx = appDb): Promise<{ candidateId: number; applicationId: number } | null> {
  const [row] = await conn
    .select({ candidateId: applications.candidateId, applicationId: applications.id })
    .from(applications)
    .where(eq(applications.statusTokenHash, tokenHash));
  return row ?? null;
}

/** The candidate of an application, for an admin (anyone else: null, and the route answers 404). */
export async function findSubjectForAdmin(actor: { role: string }, applicationId: number, conn: DbOrTx = appDb): Promise<{ candidateId: number; applicationId: number } | null> {
  if (actor.role !== 'admin') return null;
  const [row] = await conn.select({ candidateId: applications.candidateId, applicationId: applications.id }).from(applications).where(eq(applications.id, applicationId));
  return row ?? null;
}

const byName = (name: string | null, email: string | null) => name ?? email ?? null;

/**
 * Reads everything about the candidate: their row, every application with its answers, history,
 * interviews and the team's notes, ratings and scorecards, and the emails linked to them. Staff
 * emails are read only for the admin scope. Staff are named (name or address), never by id alone.
 */
export async function readSubjectData(candidateId: number, scope: SubjectAccessScope, conn: DbOrTx = appDb): Promise<SubjectData | null> {
  const [candidate] = await conn
    .select({
      id: candidates.id,
      email: candidates.email,
      firstName: candidates.firstName,
      lastName: candidates.lastName,
      phone: candidates.phone,
      linkedinUrl: candidates.linkedinUrl,
      websiteUrl: candidates.websiteUrl,
      createdAt: candidates.createdAt,
      personalDataPurgedAt: candidates.personalDataPurgedAt,
    })
    .from(candidates)
    .where(eq(candidates.id, candidateId));
  if (!candidate) return null;
  const apps = await conn
    .select({
      id: applications.id,
      reference: applications.reference,
      jobTitle: jobs.title,
      stageName: stages.name,
      stageKind: stages.kind,
      submittedAt: applications.submittedAt,
      withdrawnAt: applications.withdrawnAt,
      firstName: applications.firstName,
      lastName: applications.lastName,
      phone: applications.phone,
      linkedinUrl: applications.linkedinUrl,
      websiteUrl: applications.websiteUrl,
      coverLetter: applications.coverLetter,
      source: applications.source,
      utm: applications.utm,
      consentText: applications.consentText,
      consentedAt: applications.consentedAt,
      questionSetId: applications.questionSetId,
      answers: applications.answers,
      resumeFileId: applications.resumeFileId,
    })
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .innerJoin(stages, eq(stages.id, applications.stageId))
    .where(eq(applications.candidateId, candidateId))
    .orderBy(asc(applications.submittedAt), asc(applications.id));
  const ids = apps.map((a) => a.id);
  const [history, interviewRows, noteRows, ratingRows, scorecardRows, emails] = ids.length
    ? await Promise.all([readHistory(ids, conn), readInterviews(ids, conn), readNotes(ids, conn), readRatings(ids, conn), readScorecards(ids, conn), listEmailsForExport(ids, scope === 'admin' ? ['candidate', 'staff'] : ['candidate'], conn)])
    : [[], [], [], [], [], []];
  const result: SubjectApplication[] = [];
  for (const app of apps) {
    const asked = await listAskedQuestions(app.questionSetId, conn);
    const of = <T extends { applicationId: number }>(rows: T[]): Array<Omit<T, 'applicationId'>> =>
      rows.filter((row) => row.applicationId === app.id).map((row) => {
        const rest: Partial<T> = { ...row };
        delete rest.applicationId;
        return rest as Omit<T, 'applicationId'>;
      });
    result.push({
      id: app.id,
      reference: app.reference,
      jobTitle: app.jobTitle,
      stage: { name: app.stageName, kind: app.stageKind },
      submittedAt: app.submittedAt,
      withdrawnAt: app.withdrawnAt,
      contact: { firstName: app.firstName, lastName: app.lastName, phone: app.phone, linkedinUrl: app.linkedinUrl, websiteUrl: app.websiteUrl },
      coverLetter: app.coverLetter,
      source: app.source,
      utm: app.utm,
      consent: { text: app.consentText, at: app.consentedAt },
      questions: asked,
      answers: app.answers,
      fileIds: [...(app.resumeFileId === null ? [] : [app.resumeFileId]), ...answerFileIds(asked, app.answers)],
      stageHistory: of(history),
      interviews: of(interviewRows),
      notes: of(noteRows),
      ratings: of(ratingRows),
      scorecards: of(scorecardRows),
    });
  }
  const [company] = await conn.select({ name: settings.companyName }).from(settings).where(eq(settings.id, 1));
  const tagRows = await conn.select({ tag: candidateTags.tag }).from(candidateTags).where(eq(candidateTags.candidateId, candidateId)).orderBy(asc(candidateTags.tag));
  return { candidate, tags: tagRows.map((row) => row.tag), applications: result, emails, companyName: company?.name ?? 'Portico' };
}

/**
 * The audit entry of an export: who (null: the candidate, with their status link), which scope,
 * and ids and counts only.
 */
export async function recordSubjectAccessExport(
  actor: { id: string } | null,
  candidateId: number,
  after: { scope: SubjectAccessScope; applicationIds: number[]; fileCount: number; emailCount: number },
  conn: DbOrTx = appDb,
): Promise<void> {
  await conn.insert(auditLog).values({ actorUserId: actor?.id ?? null, action: 'candidate.subject_access_exported', entityType: 'candidate', entityId: String(candidateId), after });
}

async function readHistory(ids: number[], conn: DbOrTx) {
  const fromStage = alias(stages, 'from_stage');
  const rows = await conn
    .select({
      applicationId: stageEvents.applicationId,
      at: stageEvents.createdAt,
      fromStage: fromStage.name,
      toStage: stages.name,
      toKind: stages.kind,
      rejectionReason: rejectionReasons.label,
      reasonText: stageEvents.reason,
      byName: users.name,
      byEmail: users.email,
    })
    .from(stageEvents)
    .innerJoin(stages, eq(stages.id, stageEvents.toStageId))
    .leftJoin(fromStage, eq(fromStage.id, stageEvents.fromStageId))
    .leftJoin(rejectionReasons, eq(rejectionReasons.id, stageEvents.rejectionReasonId))
    .leftJoin(users, eq(users.id, stageEvents.actorUserId))
    .where(inArray(stageEvents.applicationId, ids))
    .orderBy(asc(stageEvents.createdAt), asc(stageEvents.id));
  return rows.map(({ byName: name, byEmail, ...row }) => ({ ...row, by: byName(name, byEmail) }));
}

async function readInterviews(ids: number[], conn: DbOrTx) {
  return conn
    .select({
      applicationId: interviews.applicationId,
      kind: interviewKinds.name,
      status: interviews.status,
      startsAt: interviews.startsAt,
      durationMinutes: interviews.durationMinutes,
      location: interviews.location,
      videoUrl: interviews.videoUrl,
      cancelledAt: interviews.cancelledAt,
    })
    .from(interviews)
    .innerJoin(interviewKinds, eq(interviewKinds.id, interviews.interviewKindId))
    .where(inArray(interviews.applicationId, ids))
    .orderBy(asc(interviews.createdAt), asc(interviews.id));
}

async function readNotes(ids: number[], conn: DbOrTx) {
  const rows = await conn
    .select({ applicationId: notes.applicationId, at: notes.createdAt, name: users.name, email: users.email, body: notes.body })
    .from(notes)
    .leftJoin(users, eq(users.id, notes.authorUserId))
    .where(inArray(notes.applicationId, ids))
    .orderBy(asc(notes.createdAt), asc(notes.id));
  return rows.map(({ name, email, ...row }) => ({ ...row, author: byName(name, email) }));
}

async function readRatings(ids: number[], conn: DbOrTx) {
  const rows = await conn
    .select({ applicationId: ratings.applicationId, name: users.name, email: users.email, score: ratings.score, at: ratings.updatedAt })
    .from(ratings)
    .innerJoin(users, eq(users.id, ratings.userId))
    .where(inArray(ratings.applicationId, ids))
    .orderBy(asc(ratings.createdAt));
  return rows.map(({ name, email, ...row }) => ({ ...row, reviewer: byName(name, email) ?? '' }));
}

async function readScorecards(ids: number[], conn: DbOrTx) {
  const rows = await conn
    .select({
      applicationId: scorecards.applicationId,
      name: users.name,
      email: users.email,
      recommendation: scorecards.recommendation,
      ratings: scorecards.ratings,
      notes: scorecards.notes,
      at: scorecards.submittedAt,
    })
    .from(scorecards)
    .innerJoin(users, eq(users.id, scorecards.userId))
    .where(and(inArray(scorecards.applicationId, ids)))
    .orderBy(asc(scorecards.submittedAt), asc(scorecards.id));
  return rows.map(({ name, email, ...row }) => ({ ...row, reviewer: byName(name, email) ?? '' }));
}
