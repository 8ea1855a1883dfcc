import { and, desc, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { env } from '@/lib/env';
import { applications, auditLog, emailOutbox, emailOutboxApplications, jobs, users } from '@/db/schema';
import type { NotificationPreference } from '@/lib/domain/notification-preferences';
import { createTestJob, ensureSettings, openTestDb } from '@/tests/helpers/apply';
import { addToHiringTeam, applyTo, createActor } from '@/tests/helpers/review';
import type { Actor } from './access';
import { digestDay, getNotificationPreference, instantRecipientsOf, newApplicationEmails, sendDailyDigests, updateNotificationPreference } from './notifications';
import { queueOutboxEmails } from './outbox-writes';

const { db, sql } = openTestDb();
const HOUR = 60 * 60 * 1000;

beforeAll(async () => {
  await ensureSettings(db);
});

afterAll(async () => {
  await sql.end();
  await (globalThis as { porticoDb?: { sql: { end(): Promise<void> } } }).porticoDb?.sql.end();
});

async function member(jobIds: number[], preference: NotificationPreference, active = true): Promise<Actor & { email: string }> {
  const actor = await createActor(db);
  await db.update(users).set({ notificationPreference: preference, active }).where(eq(users.id, actor.id));
  for (const jobId of jobIds) await addToHiringTeam(db, jobId, actor);
  const [row] = await db.select({ email: users.email }).from(users).where(eq(users.id, actor.id));
  return { ...actor, email: row!.email };
}

const emailsTo = (userId: string, prefix: string) =>
  db
    .select({ dedupeKey: emailOutbox.dedupeKey, to: emailOutbox.toAddress, subject: emailOutbox.subject, text: emailOutbox.text, html: emailOutbox.html })
    .from(emailOutbox)
    .where(and(like(emailOutbox.dedupeKey, `${prefix}:%`), like(emailOutbox.dedupeKey, `%${userId}%`)))
    .orderBy(desc(emailOutbox.id));

async function setSubmittedAt(applicationId: number, at: Date) {
  await db.update(applications).set({ submittedAt: at }).where(eq(applications.id, applicationId));
}

describe('instant notifications of a new application', () => {
  it('emails each active team member who wants them instantly, once, in the application’s transaction', async () => {
    const job = await createTestJob(db, { title: 'Night <Shift> Lead' });
    const [instant, digest, off, inactive] = await Promise.all([
      member([job.id], 'instant'),
      member([job.id], 'digest'),
      member([job.id], 'off'),
      member([job.id], 'instant', false),
    ]);
    const applicationId = await applyTo(db, job.id, { candidate: { email: `grace.${Date.now()}@example.com`, firstName: 'Grace', lastName: 'Hopper' } });
    const got = await emailsTo(instant.id, 'new-application');
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ dedupeKey: `new-application:${applicationId}:${instant.id}`, to: instant.email, subject: 'New application for Night <Shift> Lead: Grace Hopper' });
    expect(got[0]!.html).toContain('Night &lt;Shift&gt; Lead');
    expect(got[0]!.text).toContain(`/dashboard/applications/${applicationId}`);
    for (const other of [digest, off, inactive]) expect(await emailsTo(other.id, 'new-application')).toHaveLength(0);
    // Queueing them again (a retry) adds nothing.
    const again = await db.transaction(async (tx) => {
      const [row] = await tx.select({ recipients: instantRecipientsOf(jobs.id) }).from(jobs).where(eq(jobs.id, job.id));
      expect(row!.recipients).toEqual([{ id: instant.id, email: instant.email }]);
      return queueOutboxEmails(
        tx,
        newApplicationEmails(row!.recipients, {
          item: { applicationId, candidateName: 'Grace Hopper', jobTitle: 'Night <Shift> Lead', submittedAt: new Date() },
          companyName: 'Portico',
          appUrl: env.APP_URL,
        }),
      );
    });
    expect(again).toBe(0);
    expect(await emailsTo(instant.id, 'new-application')).toHaveLength(1);
  });

  it('queues nothing when the application is refused (no application, no email)', async () => {
    const job = await createTestJob(db, { status: 'closed', publishedAt: new Date() });
    const instant = await member([job.id], 'instant');
    await expect(applyTo(db, job.id)).rejects.toThrow(/refused: job-closed/);
    expect(await emailsTo(instant.id, 'new-application')).toHaveLength(0);
  });
});

describe('sendDailyDigests', () => {
  it('sends each digest user one email a day listing the new applications of their own jobs', async () => {
    const [jobA, jobB, jobC] = await Promise.all([createTestJob(db, { title: 'Alpha role' }), createTestJob(db, { title: 'Beta role' }), createTestJob(db, { title: 'Gamma role' })]);
    const both = await member([jobA.id, jobB.id], 'digest');
    const onlyB = await member([jobB.id], 'digest');
    const a1 = await applyTo(db, jobA.id);
    const a2 = await applyTo(db, jobA.id);
    const b1 = await applyTo(db, jobB.id);
    const c1 = await applyTo(db, jobC.id);
    // Noon UTC (digest days are UTC dates), so "later the same day" below never crosses midnight,
    // whatever time the suite runs; and after the applications above, so they count as new.
    const now = new Date(Date.now() + HOUR);
    now.setUTCHours(12, 0, 0, 0);
    if (now.getTime() < Date.now() + HOUR) now.setUTCDate(now.getUTCDate() + 1);

    await sendDailyDigests(now, db, env.APP_URL);
    const [bothDigest] = await emailsTo(both.id, 'digest');
    expect(bothDigest).toMatchObject({ dedupeKey: `digest:${both.id}:${digestDay(now)}`, to: both.email, subject: expect.stringMatching(/^3 new applications at /) });
    for (const id of [a1, a2, b1]) expect(bothDigest!.text).toContain(`/dashboard/applications/${id}`);
    expect(bothDigest!.text).not.toContain(`/dashboard/applications/${c1}`);
    // Linked to every applicant it names (issue 10 item 4): erasing any one of them removes it.
    const links = await db
      .select({ applicationId: emailOutboxApplications.applicationId, audience: emailOutboxApplications.audience })
      .from(emailOutboxApplications)
      .innerJoin(emailOutbox, eq(emailOutbox.id, emailOutboxApplications.emailId))
      .where(eq(emailOutbox.dedupeKey, bothDigest!.dedupeKey));
    expect(links.map((l) => l.applicationId).sort((x, y) => x - y)).toEqual([a1, a2, b1].sort((x, y) => x - y));
    expect(new Set(links.map((l) => l.audience))).toEqual(new Set(['staff']));
    const [onlyBDigest] = await emailsTo(onlyB.id, 'digest');
    expect(onlyBDigest!.subject).toMatch(/^1 new application at /);
    expect(onlyBDigest!.text).toContain(`/dashboard/applications/${b1}`);
    expect(onlyBDigest!.text).not.toContain(`/dashboard/applications/${a1}`);

    // A second run the same day sends nothing more, and loses nothing: a later application
    // waits for the next day's digest.
    const late = await applyTo(db, jobA.id);
    await setSubmittedAt(late, new Date(now.getTime() + HOUR));
    await sendDailyDigests(new Date(now.getTime() + 2 * HOUR), db, env.APP_URL);
    expect(await emailsTo(both.id, 'digest')).toHaveLength(1);
    const tomorrow = new Date(now.getTime() + 24 * HOUR);
    await sendDailyDigests(tomorrow, db, env.APP_URL);
    const [next] = await emailsTo(both.id, 'digest');
    expect(next).toMatchObject({ dedupeKey: `digest:${both.id}:${digestDay(tomorrow)}`, subject: expect.stringMatching(/^1 new application at /) });
    expect(next!.text).toContain(`/dashboard/applications/${late}`);
    expect(await emailsTo(onlyB.id, 'digest')).toHaveLength(1);
  });

  it('leaves out users who want instant emails or none', async () => {
    const job = await createTestJob(db);
    const [instant, off] = await Promise.all([member([job.id], 'instant'), member([job.id], 'off')]);
    await applyTo(db, job.id);
    await sendDailyDigests(new Date(Date.now() + HOUR), db, env.APP_URL);
    expect(await emailsTo(instant.id, 'digest')).toHaveLength(0);
    expect(await emailsTo(off.id, 'digest')).toHaveLength(0);
  });
});

describe('updateNotificationPreference', () => {
  it('changes only the acting user, audits it, and starts a digest window now', async () => {
    const [me, other] = await Promise.all([createActor(db), createActor(db)]);
    expect(await updateNotificationPreference(me, 'digest', db)).toEqual({ found: true, changed: true });
    expect(await updateNotificationPreference(me, 'digest', db)).toEqual({ found: true, changed: false });
    const [mine] = await db.select({ p: users.notificationPreference, last: users.lastDigestAt }).from(users).where(eq(users.id, me.id));
    expect(mine!.p).toBe('digest');
    expect(mine!.last).toBeInstanceOf(Date);
    const [theirs] = await db.select({ p: users.notificationPreference }).from(users).where(eq(users.id, other.id));
    expect(theirs!.p).toBe('instant');
    const entries = await db.select({ before: auditLog.before, after: auditLog.after }).from(auditLog).where(and(eq(auditLog.entityType, 'user'), eq(auditLog.entityId, me.id)));
    expect(entries).toEqual([{ before: { notificationPreference: 'instant' }, after: { notificationPreference: 'digest' } }]);
  });

  it('lets an admin change another user’s preference, and nobody else', async () => {
    const [admin, manager, target] = await Promise.all([createActor(db, 'admin'), createActor(db), createActor(db)]);
    expect(await updateNotificationPreference(manager, 'off', db, target.id)).toEqual({ found: false, changed: false });
    expect(await getNotificationPreference(manager, db, target.id)).toBeNull();
    expect(await updateNotificationPreference(admin, 'off', db, target.id)).toEqual({ found: true, changed: true });
    expect(await getNotificationPreference(admin, db, target.id)).toBe('off');
    const [entry] = await db.select({ actor: auditLog.actorUserId }).from(auditLog).where(and(eq(auditLog.entityType, 'user'), eq(auditLog.entityId, target.id)));
    expect(entry!.actor).toBe(admin.id);
  });
});
