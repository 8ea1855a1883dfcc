import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { env } from '@/lib/env';
import { hashStatusToken } from '@/lib/applications/status-token';
import { storageFor } from '@/lib/storage';
import { applications, emailOutbox, emailOutboxApplications } from '@/db/schema';
import { confirmationDedupeKey } from '@/db/queries/applications';
import { createStatusToken } from '@/lib/applications/status-token';
import { enqueueEmail, type OutboxLink } from '@/lib/mail/outbox';
import { createPostgresStorage } from '@/lib/storage/postgres';
import { applicationInput, createTestJob, ensureSettings, openTestDb, uniqueSuffix } from '@/tests/helpers/apply';
import { addToHiringTeam, createActor } from '@/tests/helpers/review';
import { deleteStaffEmailsBefore, listCandidateEmails } from './application-emails';
import { deleteApplicationData } from './application-status';
import { createApplication } from './applications';

// Issue 10 item 4: "delete my data" found emails by a dedupe-key pattern, so a number that was an
// application id in one key and a stage-event id in another picked the wrong emails. The links
// (email_outbox_applications) make it a foreign key.

const { db, sql } = openTestDb();
const storage = createPostgresStorage(db);
beforeAll(() => ensureSettings(db));
afterAll(() => sql.end());

async function apply(jobId: number) {
  const input = applicationInput(jobId);
  const result = await createApplication(input, { storage, db, appUrl: env.APP_URL });
  if (!result.ok) throw new Error('apply failed');
  // The token only travels in the confirmation email: give the application a known one.
  const status = createStatusToken();
  const [app] = await db.update(applications).set({ statusTokenHash: status.hash }).where(eq(applications.reference, result.reference)).returning({ id: applications.id });
  return { id: app!.id, token: status.token, email: input.candidate.email };
}

const queue = (dedupeKey: string, to: string, about: OutboxLink) =>
  enqueueEmail(db, { kind: dedupeKey.split(':')[0]!, dedupeKey, to, subject: `About ${dedupeKey}`, html: '<p>x</p>', text: 'x', about });
const exists = async (dedupeKey: string) => (await db.select({ id: emailOutbox.id }).from(emailOutbox).where(eq(emailOutbox.dedupeKey, dedupeKey))).length === 1;

describe('emails linked to applications', () => {
  it('"delete my data" removes this application’s emails, its digests, and nobody else’s, whatever their keys look like', async () => {
    const job = await createTestJob(db);
    const mine = await apply(job.id);
    const other = await apply(job.id);
    // Another candidate's stage email whose stage-event id equals my application id: the old
    // pattern ^[a-z-]+:<id> deleted it.
    const colliding = `stage-email:${mine.id}`;
    await db.delete(emailOutbox).where(eq(emailOutbox.dedupeKey, colliding));
    await queue(colliding, other.email, { applicationIds: [other.id], audience: 'candidate' });
    // My own stage email, keyed by a stage-event id that is not my application id: the old pattern kept it.
    const myStageEmail = `stage-email:${mine.id + 1_000_000_000}`;
    await queue(myStageEmail, mine.email, { applicationIds: [mine.id], audience: 'candidate' });
    // A manager's digest naming us both: it names me, so it goes.
    const digest = `digest:${uniqueSuffix()}:2026-12-06`;
    await queue(digest, 'manager@example.com', { applicationIds: [mine.id, other.id], audience: 'staff' });

    expect(await exists(confirmationDedupeKey(mine.id))).toBe(true);
    expect(await deleteApplicationData(hashStatusToken(mine.token), db, storageFor(db))).toBe('deleted');

    expect(await exists(confirmationDedupeKey(mine.id))).toBe(false);
    expect(await exists(myStageEmail)).toBe(false);
    expect(await exists(digest)).toBe(false);
    expect(await exists(colliding)).toBe(true);
    expect(await exists(confirmationDedupeKey(other.id))).toBe(true);
  });

  it('links an email once per application and cascades the links with the email', async () => {
    const job = await createTestJob(db);
    const a = await apply(job.id);
    const key = `candidate-message:${a.id}:${uniqueSuffix()}`;
    expect((await queue(key, a.email, { applicationIds: [a.id, a.id], audience: 'candidate' })).enqueued).toBe(true);
    expect((await queue(key, a.email, { applicationIds: [a.id], audience: 'candidate' })).enqueued).toBe(false);
    const [row] = await db.select({ id: emailOutbox.id }).from(emailOutbox).where(eq(emailOutbox.dedupeKey, key));
    expect(await db.select().from(emailOutboxApplications).where(eq(emailOutboxApplications.emailId, row!.id))).toEqual([{ emailId: row!.id, applicationId: a.id, audience: 'candidate' }]);
    await db.delete(emailOutbox).where(eq(emailOutbox.id, row!.id));
    expect(await db.select().from(emailOutboxApplications).where(eq(emailOutboxApplications.emailId, row!.id))).toEqual([]);
  });

  it('feeds the timeline with the candidate’s emails only, for staff who may see the application', async () => {
    const job = await createTestJob(db);
    const a = await apply(job.id);
    const member = await createActor(db);
    await addToHiringTeam(db, job.id, member);
    const outsider = await createActor(db);
    await queue(`new-application:${a.id}:${uniqueSuffix()}`, 'team@example.com', { applicationIds: [a.id], audience: 'staff' });
    const stageKey = `stage-email:${a.id + 2_000_000_000}`;
    await queue(stageKey, a.email, { applicationIds: [a.id], audience: 'candidate' });

    const emails = await listCandidateEmails(member, a.id, db);
    expect(emails.map((e) => e.kind)).toEqual(['application-confirmation', 'stage-email']);
    expect(emails[0]).toMatchObject({ status: 'queued', createdAt: expect.any(Date) });
    expect(await listCandidateEmails(outsider, a.id, db)).toEqual([]);
    const linked = await db.select({ id: emailOutboxApplications.emailId }).from(emailOutboxApplications).where(inArray(emailOutboxApplications.applicationId, [a.id]));
    expect(linked).toHaveLength(3);
  });

  it('lets staff emails naming applicants go once they are past the retention period, keeping the candidate’s and unsent ones', async () => {
    const job = await createTestJob(db);
    const a = await apply(job.id);
    const suffix = uniqueSuffix();
    const keys = { oldStaff: `new-application:${a.id}:old-${suffix}`, newStaff: `new-application:${a.id}:new-${suffix}`, unsent: `new-application:${a.id}:unsent-${suffix}`, candidate: confirmationDedupeKey(a.id) };
    for (const key of [keys.oldStaff, keys.newStaff, keys.unsent]) await queue(key, 'team@example.com', { applicationIds: [a.id], audience: 'staff' });
    const longAgo = new Date('2020-01-01T00:00:00Z');
    await db.update(emailOutbox).set({ createdAt: longAgo, status: 'sent' }).where(inArray(emailOutbox.dedupeKey, [keys.oldStaff, keys.candidate]));
    await db.update(emailOutbox).set({ createdAt: longAgo }).where(eq(emailOutbox.dedupeKey, keys.unsent));
    expect(await deleteStaffEmailsBefore(new Date('2021-01-01T00:00:00Z'), db)).toBeGreaterThanOrEqual(1);
    expect(await exists(keys.oldStaff)).toBe(false);
    expect(await exists(keys.newStaff)).toBe(true);
    expect(await exists(keys.unsent)).toBe(true);
    expect(await exists(keys.candidate)).toBe(true);
  });
});
