import 'server-only';
import { and, eq, ne, sql } from 'drizzle-orm';
import { db as appDb } from '@/db';
import type { DbOrTx } from '@/db/client';
import { applications, candidates, emailOutbox, jobs, settings, stages } from '@/db/schema';
import { recordAudit } from '@/db/queries/audit';
import type { FileStorage } from '@/db/storage-types';
import type { StageKind } from '@/lib/domain/job-enums';
import { answerFileIds, listAskedQuestions } from './applicant-detail';
import { deleteEmailsAboutApplications } from './application-emails';

// The candidate's side of an application, reached only with the private token from their
// confirmation email. The token is the credential: every query looks the row up by its hash
// (lib/applications/status-token.ts hashes it; the token itself never reaches a query).

export interface ApplicationStatus {
  reference: string;
  jobTitle: string;
  companyName: string;
  stageKind: StageKind;
  submittedAt: Date;
  withdrawnAt: Date | null;
}

export async function getApplicationStatus(tokenHash: string, conn: DbOrTx = appDb): Promise<ApplicationStatus | null> {
  const [row] = await conn
    .select({
      reference: applications.reference,
      jobTitle: jobs.title,
      companyName: settings.companyName,
      stageKind: stages.kind,
      submittedAt: applications.submittedAt,
      withdrawnAt: applications.withdrawnAt,
    })
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .innerJoin(stages, eq(stages.id, applications.stageId))
    .innerJoin(settings, eq(settings.id, 1))
    .where(eq(applications.statusTokenHash, tokenHash));
  return row ?? null;
}

async function lockByToken(tx: DbOrTx, tokenHash: string) {
  const [row] = await tx
    .select({
      id: applications.id,
      jobId: applications.jobId,
      stageId: applications.stageId,
      candidateId: applications.candidateId,
      withdrawnAt: applications.withdrawnAt,
      resumeFileId: applications.resumeFileId,
      questionSetId: applications.questionSetId,
      answers: applications.answers,
    })
    .from(applications)
    .where(eq(applications.statusTokenHash, tokenHash))
    .for('update');
  return row ?? null;
}

export type WithdrawResult = 'withdrawn' | 'already-withdrawn' | 'not-found';

/**
 * The candidate withdraws: the application keeps its stage (the team sees where it was) and is
 * marked withdrawn, with an audit entry by "the candidate" (no user). Withdrawing twice changes nothing.
 */
export async function withdrawApplication(tokenHash: string, conn: DbOrTx = appDb): Promise<WithdrawResult> {
  return conn.transaction(async (tx) => {
    const app = await lockByToken(tx, tokenHash);
    if (!app) return 'not-found';
    if (app.withdrawnAt) return 'already-withdrawn';
    const [updated] = await tx
      .update(applications)
      .set({ withdrawnAt: sql`now()`, updatedAt: sql`now()` })
      .where(eq(applications.id, app.id))
      .returning({ withdrawnAt: applications.withdrawnAt });
    await recordAudit(tx, {
      actor: null,
      action: 'application.withdrawn',
      entityType: 'application',
      entityId: app.id,
      before: { withdrawnAt: null, stageId: app.stageId },
      after: { withdrawnAt: updated?.withdrawnAt ?? null, stageId: app.stageId, by: 'candidate' },
    });
    return 'withdrawn';
  });
}

/**
 * The candidate deletes their data for this application: the application (its stage events,
 * notes and ratings go with it), its resume and answer files, the emails queued to them about
 * it, and the candidate row itself when no other application remains. The audit entry keeps
 * ids only, never the personal data it removed.
 */
/** `storage` is the app's (lib/storage), which removes the files' objects once the rows are gone. */
export async function deleteApplicationData(tokenHash: string, conn: DbOrTx, storage: FileStorage): Promise<'deleted' | 'not-found'> {
  const result = await conn.transaction(async (tx): Promise<'deleted' | 'not-found'> => {
    const app = await lockByToken(tx, tokenHash);
    if (!app) return 'not-found';
    const fileIds = [
      ...(app.resumeFileId ? [app.resumeFileId] : []),
      ...answerFileIds(await listAskedQuestions(app.questionSetId, tx), app.answers),
    ];
    const [candidate] = await tx.select({ email: candidates.email }).from(candidates).where(eq(candidates.id, app.candidateId)).for('update');
    // Emails about this application (the candidate's and the team's) carry the person's name;
    // they are found by their links, which go with the application's row.
    await deleteEmailsAboutApplications(tx, [app.id]);
    await tx.delete(applications).where(eq(applications.id, app.id));
    await storage.remove(fileIds, tx);
    const [others] = await tx
      .select({ count: sql<number>`count(*)::int` })
      .from(applications)
      .where(and(eq(applications.candidateId, app.candidateId), ne(applications.id, app.id)));
    const candidateDeleted = (others?.count ?? 0) === 0;
    if (candidateDeleted) {
      await tx.delete(candidates).where(eq(candidates.id, app.candidateId));
      if (candidate) await tx.delete(emailOutbox).where(eq(emailOutbox.toAddress, candidate.email));
    }
    await recordAudit(tx, {
      actor: null,
      action: 'application.deleted_by_candidate',
      entityType: 'application',
      entityId: app.id,
      before: { jobId: app.jobId, stageId: app.stageId, fileCount: fileIds.length },
      after: { candidateDeleted },
    });
    return 'deleted';
  });
  // The objects of the removed files, now that their rows are gone for good.
  if (result === 'deleted') await storage.purgeRemovedObjects();
  return result;
}
