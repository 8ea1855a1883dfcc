import { and, eq, inArray, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications, auditLog, candidates, emailOutbox, emailOutboxApplications, settings, stageEvents, stages } from '@/db/schema';
import { createTestJob, ensureSettings, openTestDb } from '@/tests/helpers/apply';
import { addToHiringTeam, applyTo, aRejectionReasonId, createActor } from '@/tests/helpers/review';
import { enqueueStageEmail, previewStageEmail } from './stage-emails';
import { bulkMoveApplications, moveApplicationStage } from './stage-moves';

const { db, sql } = openTestDb();
let companyName = '';

beforeAll(async () => {
  await ensureSettings(db);
  companyName = (await db.select({ name: settings.companyName }).from(settings))[0]!.name;
});

afterAll(async () => {
  await sql.end();
  await (globalThis as { porticoDb?: { sql: { end(): Promise<void> } } }).porticoDb?.sql.end();
});

async function fixture(count = 1) {
  const [job, member, outsider] = await Promise.all([createTestJob(db, { title: 'Data <Engineer>' }), createActor(db), createActor(db)]);
  await addToHiringTeam(db, job.id, member);
  const ids: number[] = [];
  for (let i = 0; i < count; i++) ids.push(await applyTo(db, job.id));
  const rows = await db.select({ id: stages.id, kind: stages.kind }).from(stages).where(eq(stages.jobId, job.id));
  const stage = (kind: string) => rows.find((s) => s.kind === kind)!.id;
  return { job, member, outsider, ids, applied: stage('applied'), interview: stage('interview'), rejected: stage('rejected') };
}

/** The stage emails queued for these applications, found through their stage events. */
async function stageEmailsFor(ids: number[]) {
  const events = await db.select({ id: stageEvents.id }).from(stageEvents).where(inArray(stageEvents.applicationId, ids));
  if (events.length === 0) return [];
  return db
    .select({ dedupeKey: emailOutbox.dedupeKey, to: emailOutbox.toAddress, subject: emailOutbox.subject, html: emailOutbox.html, text: emailOutbox.text, kind: emailOutbox.kind })
    .from(emailOutbox)
    .where(and(like(emailOutbox.dedupeKey, 'stage-email:%'), inArray(emailOutbox.dedupeKey, events.map((e) => `stage-email:${e.id}`))));
}

async function candidateOf(applicationId: number) {
  const [row] = await db
    .select({ email: candidates.email, firstName: applications.firstName })
    .from(applications)
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .where(eq(applications.id, applicationId));
  return row!;
}

describe('moving one applicant with an email', () => {
  it('queues exactly one email, rendered for the applicant, keyed by the stage event', async () => {
    const f = await fixture();
    const result = await moveApplicationStage(f.member, { applicationId: f.ids[0]!, stageId: f.rejected, reason: 'Not a fit', rejectionReasonId: await aRejectionReasonId(db), emailTemplate: 'rejection' }, db);
    expect(result).toMatchObject({ ok: true, changed: true, emailed: true });
    const [event] = await db.select({ id: stageEvents.id }).from(stageEvents).where(eq(stageEvents.applicationId, f.ids[0]!));
    const emails = await stageEmailsFor(f.ids);
    const person = await candidateOf(f.ids[0]!);
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({
      dedupeKey: `stage-email:${event!.id}`,
      kind: 'stage-change:rejection',
      to: person.email,
      subject: `Your application for Data <Engineer> at ${companyName}`,
    });
    expect(emails[0]!.text).toContain(`Dear ${person.firstName},`);
    // Linked to its application, as the candidate's (issue 10 item 4).
    const links = await db
      .select({ applicationId: emailOutboxApplications.applicationId, audience: emailOutboxApplications.audience })
      .from(emailOutboxApplications)
      .innerJoin(emailOutbox, eq(emailOutbox.id, emailOutboxApplications.emailId))
      .where(eq(emailOutbox.dedupeKey, `stage-email:${event!.id}`));
    expect(links).toEqual([{ applicationId: f.ids[0]!, audience: 'candidate' }]);
    // The job title is escaped in the HTML body.
    expect(emails[0]!.html).toContain('Data &lt;Engineer&gt;');
    const [audit] = await db.select({ after: auditLog.after }).from(auditLog).where(and(eq(auditLog.entityType, 'application'), eq(auditLog.entityId, String(f.ids[0]))));
    expect(audit!.after).toMatchObject({ emailTemplate: 'rejection', stageEventId: event!.id });
  });

  it('never emails twice for one move, even when asked again', async () => {
    const f = await fixture();
    await moveApplicationStage(f.member, { applicationId: f.ids[0]!, stageId: f.interview, emailTemplate: 'interview-invitation' }, db);
    const [event] = await db.select({ id: stageEvents.id }).from(stageEvents).where(eq(stageEvents.applicationId, f.ids[0]!));
    const again = await db.transaction((tx) => enqueueStageEmail(tx, { stageEventId: event!.id, applicationId: f.ids[0]!, templateSlug: 'interview-invitation' }));
    expect(again).toBe(false);
    expect(await stageEmailsFor(f.ids)).toHaveLength(1);
  });

  it('sends nothing without a template, and nothing when the applicant is already in the stage', async () => {
    const f = await fixture();
    await moveApplicationStage(f.member, { applicationId: f.ids[0]!, stageId: f.interview }, db);
    const same = await moveApplicationStage(f.member, { applicationId: f.ids[0]!, stageId: f.interview, emailTemplate: 'interview-invitation' }, db);
    expect(same).toMatchObject({ ok: true, changed: false, emailed: false });
    expect(await stageEmailsFor(f.ids)).toHaveLength(0);
  });

  it('refuses an unknown template and moves nothing', async () => {
    const f = await fixture();
    const result = await moveApplicationStage(f.member, { applicationId: f.ids[0]!, stageId: f.interview, emailTemplate: 'no-such-template' }, db);
    expect(result).toEqual({ ok: false, reason: 'invalid-template' });
    const [app] = await db.select({ stageId: applications.stageId }).from(applications).where(eq(applications.id, f.ids[0]!));
    expect(app!.stageId).toBe(f.applied);
    expect(await db.select().from(stageEvents).where(eq(stageEvents.applicationId, f.ids[0]!))).toHaveLength(0);
  });
});

it('moves an applicant whose personal data was purged, without an email', async () => {
  const f = await fixture();
  const [app] = await db.select({ candidateId: applications.candidateId }).from(applications).where(eq(applications.id, f.ids[0]!));
  await db.update(candidates).set({ personalDataPurgedAt: new Date() }).where(eq(candidates.id, app!.candidateId));
  const result = await moveApplicationStage(f.member, { applicationId: f.ids[0]!, stageId: f.rejected, reason: 'Old', rejectionReasonId: await aRejectionReasonId(db), emailTemplate: 'rejection' }, db);
  expect(result).toMatchObject({ ok: true, changed: true, emailed: false });
  expect(await stageEmailsFor(f.ids)).toHaveLength(0);
});

describe('bulk moves with an email', () => {
  it('queues one email per applicant moved, each to its own applicant', async () => {
    const f = await fixture(3);
    await moveApplicationStage(f.member, { applicationId: f.ids[2]!, stageId: f.rejected, reason: 'Earlier', rejectionReasonId: await aRejectionReasonId(db) }, db);
    const result = await bulkMoveApplications(f.member, { applicationIds: f.ids, stageId: f.rejected, reason: 'Position filled', rejectionReasonId: await aRejectionReasonId(db), emailTemplate: 'rejection' }, db);
    // The third was already rejected: it is neither moved nor emailed again.
    expect(result).toMatchObject({ ok: true, moved: 2, emailed: 2 });
    const emails = await stageEmailsFor(f.ids);
    const expected = await Promise.all(f.ids.slice(0, 2).map(async (id) => (await candidateOf(id)).email));
    expect(emails.map((e) => e.to).sort()).toEqual(expected.sort());
  });

  it('refuses the whole batch for an unknown template', async () => {
    const f = await fixture(2);
    const result = await bulkMoveApplications(f.member, { applicationIds: f.ids, stageId: f.interview, emailTemplate: 'gone' }, db);
    expect(result).toEqual({ ok: false, reason: 'invalid-template' });
    expect(await stageEmailsFor(f.ids)).toHaveLength(0);
  });
});

describe('previewStageEmail', () => {
  it('shows the exact email to the hiring team, and nothing to anyone else', async () => {
    const f = await fixture();
    const preview = await previewStageEmail(f.member, f.ids[0]!, 'rejection', db);
    const person = await candidateOf(f.ids[0]!);
    expect(preview).toMatchObject({ to: person.email, subject: `Your application for Data <Engineer> at ${companyName}` });
    expect(await previewStageEmail(f.outsider, f.ids[0]!, 'rejection', db)).toBeNull();
    expect(await previewStageEmail(f.member, f.ids[0]!, 'no-such-template', db)).toBeNull();
  });
});
