import { randomUUID } from 'node:crypto';
import { eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emailOutbox, jobs } from '@/db/schema';
import { ensureSettings, openTestDb } from '@/tests/helpers/apply';
import { createReviewFixture, type ReviewFixture } from '@/tests/helpers/review';
import { sendCandidateEmail } from './send';

const { db, sql } = openTestDb();
let f: ReviewFixture;

beforeAll(async () => {
  await ensureSettings(db);
  f = await createReviewFixture(db);
});
afterAll(async () => {
  await sql.end();
  await (globalThis as { porticoDb?: { sql: { end(): Promise<void> } } }).porticoDb?.sql.end();
});

const input = (overrides: Record<string, unknown> = {}) => ({
  applicationId: f.applicationId,
  formToken: randomUUID(),
  subject: 'Next steps for {{job_title}}',
  body: 'Hello {{candidate_first_name}},\n\n<b>Thanks</b> for your time.',
  intent: 'send' as const,
  ...overrides,
});
const queuedFor = (applicationId: number) => db.select().from(emailOutbox).where(like(emailOutbox.dedupeKey, `candidate-message:${applicationId}:%`));

describe('emailing a candidate from the applicant page', () => {
  it('previews without sending, then queues once per form (double submit) with the job’s Reply-To; placeholders filled, HTML escaped', async () => {
    await db.update(jobs).set({ replyToEmail: 'team@example.com' }).where(eq(jobs.id, f.job.id));
    const preview = await sendCandidateEmail(f.onTeam, input({ intent: 'preview' }), db);
    expect(preview).toMatchObject({ ok: true, queued: false, rendered: { subject: 'Next steps for Integration Test Engineer' } });
    expect(await queuedFor(f.applicationId)).toHaveLength(0);
    const once = input();
    expect(await sendCandidateEmail(f.onTeam, once, db)).toMatchObject({ ok: true, queued: true });
    expect(await sendCandidateEmail(f.onTeam, once, db)).toMatchObject({ ok: true, queued: false });
    const [email] = await queuedFor(f.applicationId);
    expect(email).toMatchObject({ replyTo: 'team@example.com', subject: 'Next steps for Integration Test Engineer' });
    expect(email!.text).toContain('Hello Ada,');
    expect(email!.html).toContain('&lt;b&gt;Thanks&lt;/b&gt;');
  });

  it('refuses another team’s applicant and writes nothing', async () => {
    expect(await sendCandidateEmail(f.offTeam, input(), db)).toMatchObject({ ok: false, message: expect.stringContaining('Not found') });
    expect(await queuedFor(f.otherApplicationId)).toHaveLength(0);
    expect(await sendCandidateEmail(f.onTeam, input({ applicationId: f.otherApplicationId }), db)).toMatchObject({ ok: false });
  });
});
