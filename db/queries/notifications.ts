import 'server-only';
import { and, asc, eq, gt, inArray, lte, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/pg-core';
import { db as appDb } from '@/db';
import type { DbOrTx } from '@/db/client';
import { applications, hiringTeamMembers, jobs, settings, users } from '@/db/schema';
import { recordAudit } from '@/db/queries/audit';
import { digestEmail, newApplicationEmail, type NewApplicationItem } from '@/lib/domain/notification-emails';
import type { NotificationPreference } from '@/lib/domain/notification-preferences';
import type { Actor } from './access';
import { insertOutboxEmail, type OutboxMessage } from './outbox-writes';

const DAY_MS = 24 * 60 * 60 * 1000;

async function readCompanyName(conn: DbOrTx): Promise<string> {
  const [row] = await conn.select({ name: settings.companyName }).from(settings).where(eq(settings.id, 1));
  return row?.name ?? 'Portico';
}

/** A hiring team member who wants each new application emailed at once. */
export interface InstantRecipient {
  id: string;
  email: string;
}

/** Builds subqueries without a database (it keeps its dialect, so one serves every call). */
const subqueries = new QueryBuilder();

/**
 * The job's active hiring team members who want new applications emailed instantly, as a JSON
 * array to select beside the caller's own columns: the application's transaction reads them with
 * the job, in the same round trip. `jobId` is usually the outer query's job id column. Built as a
 * subquery of its own so that its columns stay qualified whatever the outer query joins.
 */
export function instantRecipientsOf(jobId: SQLWrapper): SQL<InstantRecipient[]> {
  const list = subqueries
    .select({ list: sql`json_agg(json_build_object('id', ${users.id}, 'email', ${users.email}) order by ${users.id})`.as('list') })
    .from(hiringTeamMembers)
    .innerJoin(users, eq(users.id, hiringTeamMembers.userId))
    .where(and(eq(hiringTeamMembers.jobId, jobId), eq(users.active, true), eq(users.notificationPreference, 'instant')));
  return sql<InstantRecipient[]>`coalesce(${list}, '[]'::json)`;
}

/**
 * The "new application" emails for those recipients: one per member, keyed by application and
 * user, so queueing them twice (a retry) adds nothing. The caller queues them inside the
 * application's transaction (no application, no email); the application's row need not exist
 * yet. `appUrl` (APP_URL) makes the links.
 */
export function newApplicationEmails(
  recipients: InstantRecipient[],
  { item, companyName, appUrl }: { item: NewApplicationItem; companyName: string; appUrl: string },
): OutboxMessage[] {
  if (recipients.length === 0) return [];
  const email = newApplicationEmail(item, companyName, appUrl);
  return recipients.map((member) => ({
    kind: 'new-application',
    dedupeKey: `new-application:${item.applicationId}:${member.id}`,
    to: member.email,
    ...email,
    about: { applicationIds: [item.applicationId], audience: 'staff' },
  }));
}

/** The UTC calendar day of `now`, the digest's "one per day" key. */
export function digestDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

export interface DigestRun {
  /** Users who got a digest queued by this run. */
  sent: number;
  /** Users with nothing new, or whose digest for today was already queued. */
  skipped: number;
}

/**
 * Queues each digest user's daily email: the new applications on their jobs since their last
 * digest (or the last 24 hours for a first one). Safe to run often: one email per user per UTC
 * day (the dedupe key), and last_digest_at only moves when an email was queued, so nothing is
 * skipped. Each user is a transaction of its own, with the user's row locked against a second
 * worker running at the same time.
 */
export async function sendDailyDigests(now: Date, conn: DbOrTx, appUrl: string): Promise<DigestRun> {
  const digestUsers = await conn
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.active, true), eq(users.notificationPreference, 'digest')))
    .orderBy(asc(users.id));
  const company = await readCompanyName(conn);
  const run: DigestRun = { sent: 0, skipped: 0 };
  for (const { id } of digestUsers) {
    const sent = await conn.transaction(async (tx) => {
      const [user] = await tx
        .select({ email: users.email, lastDigestAt: users.lastDigestAt, preference: users.notificationPreference, active: users.active })
        .from(users)
        .where(eq(users.id, id))
        .for('update');
      if (!user || !user.active || user.preference !== 'digest') return false;
      const since = user.lastDigestAt ?? new Date(now.getTime() - DAY_MS);
      const items = await tx
        .select({ applicationId: applications.id, firstName: applications.firstName, lastName: applications.lastName, jobTitle: jobs.title, submittedAt: applications.submittedAt })
        .from(applications)
        .innerJoin(jobs, eq(jobs.id, applications.jobId))
        .where(
          and(
            inArray(applications.jobId, tx.select({ jobId: hiringTeamMembers.jobId }).from(hiringTeamMembers).where(eq(hiringTeamMembers.userId, id))),
            gt(applications.submittedAt, since),
            lte(applications.submittedAt, now),
          ),
        )
        .orderBy(asc(jobs.title), asc(applications.submittedAt), asc(applications.id));
      if (items.length === 0) return false;
      const email = digestEmail(
        items.map((i) => ({ applicationId: i.applicationId, candidateName: `${i.firstName} ${i.lastName}`, jobTitle: i.jobTitle, submittedAt: i.submittedAt })),
        company,
        appUrl,
      );
      const { enqueued } = await insertOutboxEmail(tx, { kind: 'new-application-digest', dedupeKey: `digest:${id}:${digestDay(now)}`,
        to: user.email,
        ...email,
        // Every applicant the digest names: erasing any one of them removes the digest.
        about: { applicationIds: items.map((i) => i.applicationId), audience: 'staff' },
      });
      if (enqueued) await tx.update(users).set({ lastDigestAt: now }).where(eq(users.id, id));
      return enqueued;
    });
    if (sent) run.sent++;
    else run.skipped++;
  }
  return run;
}

/** The actor's own preference, or (admins only) another user's. */
export async function getNotificationPreference(actor: Actor, conn: DbOrTx = appDb, userId: string = actor.id): Promise<NotificationPreference | null> {
  if (userId !== actor.id && actor.role !== 'admin') return null;
  const [row] = await conn.select({ preference: users.notificationPreference }).from(users).where(eq(users.id, userId));
  return row?.preference ?? null;
}

/**
 * Sets the acting user's own preference, or (admins only) another user's; audited. Switching
 * to the digest starts its window now, so applications already emailed one by one do not come
 * again in the first digest. `found: false` for an unknown user or a manager's try at another's.
 */
export async function updateNotificationPreference(
  actor: Actor,
  preference: NotificationPreference,
  conn: DbOrTx = appDb,
  userId: string = actor.id,
): Promise<{ found: boolean; changed: boolean }> {
  if (userId !== actor.id && actor.role !== 'admin') return { found: false, changed: false };
  return conn.transaction(async (tx) => {
    const [current] = await tx.select({ preference: users.notificationPreference }).from(users).where(eq(users.id, userId)).for('update');
    if (!current) return { found: false, changed: false };
    if (current.preference === preference) return { found: true, changed: false };
    await tx
      .update(users)
      .set({ notificationPreference: preference, updatedAt: sql`now()`, ...(preference === 'digest' ? { lastDigestAt: sql`now()` } : {}) })
      .where(eq(users.id, userId));
    await recordAudit(tx, {
      actor,
      action: 'user.notification_preference_changed',
      entityType: 'user',
      entityId: userId,
      before: { notificationPreference: current.preference },
      after: { notificationPreference: preference },
    });
    return { found: true, changed: true };
  });
}
