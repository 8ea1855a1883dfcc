import 'server-only';
import { and, eq } from 'drizzle-orm';
import { db as appDb } from '@/db';
import type { DbOrTx } from '@/db/client';
import { applications, jobs } from '@/db/schema';
import { visibleToActor, type Actor } from './access';
import { answerFileIds, listAskedQuestions } from './applicant-detail';

/** The resume, or a file the candidate attached as an answer (by its files.id). */
export type ApplicationFileRequest = { kind: 'resume' } | { kind: 'answer'; fileId: number };

/**
 * The files.id a download may serve, or null. A file is served through an application only if
 * the actor may see that application AND the file is its resume or one of its file answers:
 * a valid application id must not become a way to read any file by guessing its id.
 */
export async function findApplicationFileId(
  actor: Actor,
  applicationId: number,
  request: ApplicationFileRequest,
  conn: DbOrTx = appDb,
): Promise<number | null> {
  const [row] = await conn
    .select({ resumeFileId: applications.resumeFileId, questionSetId: applications.questionSetId, answers: applications.answers })
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .where(and(eq(applications.id, applicationId), visibleToActor(actor)));
  if (!row) return null;
  if (request.kind === 'resume') return row.resumeFileId;
  if (request.fileId === row.resumeFileId) return row.resumeFileId;
  const asked = await listAskedQuestions(row.questionSetId, conn);
  return answerFileIds(asked, row.answers).includes(request.fileId) ? request.fileId : null;
}
