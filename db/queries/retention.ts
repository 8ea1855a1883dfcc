import 'server-only';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { applications, candidates, candidateTags, talentPoolMembers, eeoResponses, emailOutbox, interviews, scorecards, notes, questions, settings, stageEvents, type ApplicationAnswers } from '@/db/schema';
import { recordAudit } from '@/db/queries/audit';
import type { FileStorage } from '@/db/storage-types';
import { deleteEmailsAboutApplications, deleteStaffEmailsBefore } from './application-emails';

// Data retention: an application's files, then its candidate's personal data, are removed once
// the retention period (settings.retention_days, two years by default) has passed since the
// last activity. The worker runs purgeExpiredData daily; every purge is in the audit log with
// counts and ids only, never the data it removed.

const DAY_MS = 24 * 60 * 60 * 1000;
const DEFAULT_RETENTION_DAYS = 730;
/** Rows per transaction: a first run on years of data must not hold locks for minutes. */
const BATCH = 200;

/**
 * An application's last activity: its submission, any change to it (stage moves bump
 * updated_at), its latest stage event and its latest note.
 */
const lastActivity = sql<Date>`greatest(
  ${applications.submittedAt},
  ${applications.updatedAt},
  coalesce((select max(e.created_at) from ${stageEvents} e where e.application_id = ${applications.id}), ${applications.submittedAt}),
  coalesce((select max(n.created_at) from ${notes} n where n.application_id = ${applications.id}), ${applications.submittedAt})
)`;

export interface PurgeReport {
  cutoff: Date;
  retentionDays: number;
  /** Applications whose resume and uploaded answer files were deleted, and how many files. */
  filesPurged: { applications: number; files: number };
  /** Candidates whose personal data was replaced. */
  candidatesPurged: number;
  /** Staff emails naming applicants, past the retention period themselves. */
  staffEmailsPurged: number;
}

async function retentionDays(conn: DbOrTx): Promise<number> {
  const [row] = await conn.select({ days: settings.retentionDays }).from(settings).where(eq(settings.id, 1));
  return row?.days ?? DEFAULT_RETENTION_DAYS;
}

/** The ids of files an application's answers point at (answers to 'file' questions). */
async function answerFileKeys(tx: DbOrTx, questionSetIds: number[]): Promise<Map<number, string[]>> {
  const keys = new Map<number, string[]>();
  if (questionSetIds.length === 0) return keys;
  const rows = await tx
    .select({ setId: questions.questionSetId, key: questions.key })
    .from(questions)
    .where(and(inArray(questions.questionSetId, questionSetIds), eq(questions.kind, 'file')));
  for (const row of rows) keys.set(row.setId, [...(keys.get(row.setId) ?? []), row.key]);
  return keys;
}

/** One batch of step 1: the files of applications past the cut-off. Returns the batch's size. */
async function purgeFilesBatch(conn: DbOrTx, storage: FileStorage, cutoff: Date, report: PurgeReport): Promise<number> {
  return conn.transaction(async (tx) => {
    // An application with a file question answered still holds a file id in answers; those with
    // only a resume are found by resume_file_id. SKIP LOCKED: a second worker takes other rows.
    const rows = await tx
      .select({ id: applications.id, resumeFileId: applications.resumeFileId, questionSetId: applications.questionSetId, answers: applications.answers })
      .from(applications)
      .where(
        and(
          sql`${lastActivity} < ${cutoff.toISOString()}::timestamptz`,
          sql`(${applications.resumeFileId} is not null or exists (
            select 1 from ${questions} q where q.question_set_id = ${applications.questionSetId} and q.kind = 'file'
              and jsonb_typeof(${applications.answers} -> q.key) = 'number'))`,
        ),
      )
      .orderBy(applications.id)
      .limit(BATCH)
      .for('update', { skipLocked: true });
    if (rows.length === 0) return 0;
    const fileKeys = await answerFileKeys(tx, [...new Set(rows.flatMap((r) => (r.questionSetId === null ? [] : [r.questionSetId])))]);
    const fileIds: number[] = [];
    for (const row of rows) {
      if (row.resumeFileId !== null) fileIds.push(row.resumeFileId);
      const answers: ApplicationAnswers = { ...row.answers };
      for (const key of fileKeys.get(row.questionSetId ?? -1) ?? []) {
        const value = answers[key];
        if (typeof value === 'number') fileIds.push(value);
        if (key in answers) answers[key] = null;
      }
      await tx.update(applications).set({ resumeFileId: null, answers }).where(eq(applications.id, row.id));
    }
    const deleted = await storage.remove(fileIds, tx);
    await recordAudit(tx, {
      actor: null,
      action: 'retention.files_purged',
      entityType: 'retention',
      entityId: cutoff.toISOString(),
      after: { cutoff: cutoff.toISOString(), applicationIds: rows.map((r) => r.id), fileCount: deleted },
    });
    report.filesPurged.applications += rows.length;
    report.filesPurged.files += deleted;
    return rows.length;
  });
}

/** One batch of step 2: candidates all of whose applications are past the cut-off. */
async function purgePersonalDataBatch(conn: DbOrTx, storage: FileStorage, cutoff: Date, report: PurgeReport): Promise<number> {
  return conn.transaction(async (tx) => {
    const people = await tx
      .select({ id: candidates.id, email: candidates.email })
      .from(candidates)
      .where(
        and(
          isNull(candidates.personalDataPurgedAt),
          sql`${candidates.updatedAt} < ${cutoff.toISOString()}::timestamptz`,
          // Every application of the candidate is past the cut-off (a recent one anywhere keeps them).
          sql`not exists (select 1 from ${applications} where ${applications.candidateId} = ${candidates.id} and ${lastActivity} >= ${cutoff.toISOString()}::timestamptz)`,
        ),
      )
      .orderBy(candidates.id)
      .limit(BATCH)
      .for('update', { skipLocked: true });
    if (people.length === 0) return 0;
    const candidateIds = people.map((p) => p.id);
    const apps = await tx.select({ id: applications.id, resumeFileId: applications.resumeFileId }).from(applications).where(inArray(applications.candidateId, candidateIds));
    const applicationIds = apps.map((a) => a.id);
    // Files first, as in step 1 (a resume left by a race with a new upload path goes too).
    const leftoverFiles = apps.flatMap((a) => (a.resumeFileId === null ? [] : [a.resumeFileId]));
    if (applicationIds.length) {
      await tx
        .update(applications)
        .set({
          // Each application's own copy of the contact details goes with the candidate row's.
          firstName: 'Deleted',
          lastName: 'candidate',
          phone: null,
          linkedinUrl: null,
          websiteUrl: null,
          resumeFileId: null,
          answers: {},
          coverLetter: null,
          utm: null,
          statusTokenHash: null,
          submissionToken: null,
          submissionDigest: null,
        })
        .where(inArray(applications.id, applicationIds));
      await storage.remove(leftoverFiles, tx);
      // Notes and rejection reasons are free text about the person.
      await tx.delete(notes).where(inArray(notes.applicationId, applicationIds));
      await tx.update(stageEvents).set({ reason: null }).where(inArray(stageEvents.applicationId, applicationIds));
      // So are the interviewers' notes about them: scorecards keep their ratings (reports count them), not their words.
      await tx.update(scorecards).set({ notes: '' }).where(inArray(scorecards.applicationId, applicationIds));
      await tx.update(interviews).set({ interviewerNotes: null }).where(inArray(interviews.applicationId, applicationIds));
      // Self-identification answers are about the person too: they go, not just their name.
      await tx.delete(eeoResponses).where(inArray(eeoResponses.applicationId, applicationIds));
    }
    // The emails sent to them and the team's emails naming them (found by their links).
    await deleteEmailsAboutApplications(tx, applicationIds);
    await tx.delete(emailOutbox).where(inArray(emailOutbox.toAddress, people.map((p) => p.email)));
    // Tags and pools are the team's words about the person.
    await tx.delete(candidateTags).where(inArray(candidateTags.candidateId, candidateIds));
    await tx.delete(talentPoolMembers).where(inArray(talentPoolMembers.candidateId, candidateIds));
    await tx
      .update(candidates)
      .set({
        // Unique and normalised like a real address, and undeliverable (.invalid is reserved).
        email: sql`'purged-' || ${candidates.id} || '@purged.invalid'`,
        firstName: 'Deleted',
        lastName: 'candidate',
        phone: null,
        linkedinUrl: null,
        websiteUrl: null,
        personalDataPurgedAt: sql`now()`,
        updatedAt: sql`now()`,
      })
      .where(inArray(candidates.id, candidateIds));
    await recordAudit(tx, {
      actor: null,
      action: 'retention.personal_data_purged',
      entityType: 'retention',
      entityId: cutoff.toISOString(),
      after: { cutoff: cutoff.toISOString(), candidateIds, applicationIds },
    });
    report.candidatesPurged += people.length;
    return people.length;
  });
}

/**
 * Purges what is past the retention period at `now`: first the files of old applications,
 * then the personal data of candidates with no recent application. Idempotent: a second run
 * finds nothing left to do. Returns what it did. Objects in an object store go once the rows'
 * transactions have committed (or on the worker's next purge of removed objects).
 */
export async function purgeExpiredData(now: Date, conn: DbOrTx, storage: FileStorage): Promise<PurgeReport> {
  const days = await retentionDays(conn);
  const cutoff = new Date(now.getTime() - days * DAY_MS);
  const report: PurgeReport = { cutoff, retentionDays: days, filesPurged: { applications: 0, files: 0 }, candidatesPurged: 0, staffEmailsPurged: 0 };
  while ((await purgeFilesBatch(conn, storage, cutoff, report)) === BATCH);
  while ((await purgePersonalDataBatch(conn, storage, cutoff, report)) === BATCH);
  report.staffEmailsPurged = await deleteStaffEmailsBefore(cutoff, conn);
  while ((await storage.purgeRemovedObjects()).deleted > 0);
  return report;
}
