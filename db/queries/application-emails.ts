import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { db as appDb } from '@/db';
import type { DbOrTx } from '@/db/client';
import { applications, emailOutbox, emailOutboxApplications, jobs, type OutboxStatus } from '@/db/schema';
import { visibleToActor, type Actor } from './access';

// The emails an application is linked to (email_outbox_applications): found by foreign key,
// never by the shape of a dedupe key, whose numbers belong to different tables.

/**
 * Removes every email about these applications, the candidate's and the team's (a digest naming
 * several applicants goes as a whole: it names this one). Call it before the applications' rows
 * change or go, in their transaction. Returns how many emails were removed.
 */
export async function deleteEmailsAboutApplications(tx: DbOrTx, applicationIds: readonly number[]): Promise<number> {
  if (applicationIds.length === 0) return 0;
  const removed = await tx
    .delete(emailOutbox)
    .where(
      inArray(
        emailOutbox.id,
        tx.select({ id: emailOutboxApplications.emailId }).from(emailOutboxApplications).where(inArray(emailOutboxApplications.applicationId, [...applicationIds])),
      ),
    )
    .returning({ id: emailOutbox.id });
  return removed.length;
}

/**
 * Staff emails naming applicants (notifications, digests, interviewers' invitations) older than
 * the cut-off: their job was done the day they were sent, and a copy kept for years is personal
 * data held for nothing. Returns how many went.
 */
export async function deleteStaffEmailsBefore(cutoff: Date, conn: DbOrTx = appDb): Promise<number> {
  const removed = await conn
    .delete(emailOutbox)
    .where(
      and(
        sql`${emailOutbox.createdAt} < ${cutoff.toISOString()}::timestamptz`,
        inArray(emailOutbox.status, ['sent', 'failed', 'kept']),
        inArray(emailOutbox.id, conn.select({ id: emailOutboxApplications.emailId }).from(emailOutboxApplications).where(eq(emailOutboxApplications.audience, 'staff'))),
      ),
    )
    .returning({ id: emailOutbox.id });
  return removed.length;
}

export interface CandidateEmail {
  id: number;
  kind: string;
  subject: string;
  status: OutboxStatus;
  createdAt: Date;
  sentAt: Date | null;
}

/** The emails sent (or queued) to the candidate about this application, oldest first, for staff who may see it. */
export async function listCandidateEmails(actor: Actor, applicationId: number, conn: DbOrTx = appDb): Promise<CandidateEmail[]> {
  return conn
    .select({
      id: emailOutbox.id,
      kind: emailOutbox.kind,
      subject: emailOutbox.subject,
      status: emailOutbox.status,
      createdAt: emailOutbox.createdAt,
      sentAt: emailOutbox.sentAt,
    })
    .from(emailOutboxApplications)
    .innerJoin(emailOutbox, eq(emailOutbox.id, emailOutboxApplications.emailId))
    .innerJoin(applications, eq(applications.id, emailOutboxApplications.applicationId))
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .where(and(eq(emailOutboxApplications.applicationId, applicationId), eq(emailOutboxApplications.audience, 'candidate'), visibleToActor(actor)))
    .orderBy(asc(emailOutbox.createdAt), asc(emailOutbox.id));
}

export interface ExportedEmail {
  applicationId: number;
  audience: 'candidate' | 'staff';
  kind: string;
  toAddress: string;
  subject: string;
  text: string;
  status: OutboxStatus;
  createdAt: Date;
  sentAt: Date | null;
}

/**
 * The subject-access export's emails of these applications. The candidate's own export gets the
 * emails they received; the admin's export adds the staff emails naming them.
 */
export async function listEmailsForExport(applicationIds: readonly number[], audiences: ReadonlyArray<'candidate' | 'staff'>, conn: DbOrTx = appDb): Promise<ExportedEmail[]> {
  if (applicationIds.length === 0 || audiences.length === 0) return [];
  return conn
    .select({
      applicationId: emailOutboxApplications.applicationId,
      audience: emailOutboxApplications.audience,
      kind: emailOutbox.kind,
      toAddress: emailOutbox.toAddress,
      subject: emailOutbox.subject,
      text: emailOutbox.text,
      status: emailOutbox.status,
      createdAt: emailOutbox.createdAt,
      sentAt: emailOutbox.sentAt,
    })
    .from(emailOutboxApplications)
    .innerJoin(emailOutbox, eq(emailOutbox.id, emailOutboxApplications.emailId))
    .where(and(inArray(emailOutboxApplications.applicationId, [...applicationIds]), inArray(emailOutboxApplications.audience, [...audiences])))
    .orderBy(asc(emailOutbox.createdAt), asc(emailOutbox.id), sql`${emailOutboxApplications.applicationId}`);
}
