import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/db/queries/access';
import { applications, stageEvents, stages } from '@/db/schema';
import { REASON_REQUIRED_MESSAGE } from '@/lib/validations/stage-move';
import { createTestJob, ensureSettings, openTestDb } from '@/tests/helpers/apply';
import { addToHiringTeam, applyTo, aRejectionReasonId, createActor } from '@/tests/helpers/review';
import { MOVE_MESSAGES } from './messages';
import { signInAs } from '@/tests/helpers/session-mock';

// The session is the one thing faked here (there is no request); the database is real.
vi.mock('@/lib/auth/session', () => import('@/tests/helpers/session-mock'));
const { revalidatePath } = vi.hoisted(() => ({ revalidatePath: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath }));

const { moveApplicationStageAction } = await import('./move-stage');
const { bulkMoveApplicationsAction } = await import('./bulk-move');
const { previewStageEmailAction } = await import('./preview-stage-email');
const { db, sql } = openTestDb();
const idle = { status: 'idle' } as const;

function signIn(actor: Actor | null) {
  signInAs(actor);
}

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(key, v);
  return data;
}

async function fixture(count = 2) {
  await ensureSettings(db);
  const [job, otherJob, member, outsider] = await Promise.all([createTestJob(db), createTestJob(db), createActor(db), createActor(db)]);
  await addToHiringTeam(db, job.id, member);
  await addToHiringTeam(db, otherJob.id, outsider);
  const ids: number[] = [];
  for (let i = 0; i < count; i++) ids.push(await applyTo(db, job.id));
  const rows = await db.select({ id: stages.id, kind: stages.kind }).from(stages).where(eq(stages.jobId, job.id)).orderBy(stages.position);
  const stage = (kind: string) => String(rows.find((s) => s.kind === kind)!.id);
  return { job, member, outsider, ids, applied: stage('applied'), interview: stage('interview'), rejected: stage('rejected') };
}

const stagesOf = async (ids: number[]) =>
  (await db.select({ stageId: applications.stageId }).from(applications).where(inArray(applications.id, ids)).orderBy(applications.id)).map((r) => String(r.stageId));
const eventCount = async (ids: number[]) => (await db.select({ id: stageEvents.id }).from(stageEvents).where(inArray(stageEvents.applicationId, ids))).length;

beforeEach(() => {
  revalidatePath.mockClear();
});

afterAll(async () => {
  await sql.end();
  await (globalThis as { porticoDb?: { sql: { end(): Promise<void> } } }).porticoDb?.sql.end();
});

describe('moveApplicationStageAction', () => {
  it('moves the applicant, says where to, and refreshes the dashboard', async () => {
    const f = await fixture(1);
    signIn(f.member);
    const state = await moveApplicationStageAction(idle, form({ applicationId: String(f.ids[0]), stageId: f.interview, expectedStageId: f.applied }));
    expect(state).toEqual({ status: 'success', message: 'Moved to Interview' });
    expect(await stagesOf(f.ids)).toEqual([f.interview]);
    expect(revalidatePath).toHaveBeenCalledWith('/dashboard', 'layout');
  });

  it('refuses a signed-out post and writes nothing', async () => {
    const f = await fixture(1);
    signIn(null);
    const state = await moveApplicationStageAction(idle, form({ applicationId: String(f.ids[0]), stageId: f.interview, expectedStageId: f.applied }));
    expect(state).toEqual({ status: 'error', message: MOVE_MESSAGES.signedOut, chosen: { stageId: f.interview } });
    expect(await eventCount(f.ids)).toBe(0);
  });

  it('answers a generic not-found for another job’s applicant', async () => {
    const f = await fixture(1);
    signIn(f.outsider);
    const state = await moveApplicationStageAction(idle, form({ applicationId: String(f.ids[0]), stageId: f.interview, expectedStageId: f.applied }));
    expect(state).toEqual({ status: 'error', message: MOVE_MESSAGES.notFound, chosen: { stageId: f.interview } });
    expect(await stagesOf(f.ids)).toEqual([f.applied]);
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  // Issue 14: a rejection names a reason from the admins' list (so reasons can be counted); the
  // free text is optional now, so text alone no longer rejects.
  it('asks for a reason from the list to reject, on the rejection reason field', async () => {
    const f = await fixture(1);
    signIn(f.member);
    const state = await moveApplicationStageAction(idle, form({ applicationId: String(f.ids[0]), stageId: f.rejected, expectedStageId: f.applied, reason: 'Not this time' }));
    // The chosen stage and details come back, so the board's form, re-rendered by the server
    // when there is no JavaScript, shows the rejection with its reason field.
    expect(state).toEqual({
      status: 'error',
      message: MOVE_MESSAGES.notMoved,
      fieldErrors: { rejectionReasonId: [REASON_REQUIRED_MESSAGE] },
      chosen: { stageId: f.rejected, reason: 'Not this time' },
    });
    const rejectionReasonId = String(await aRejectionReasonId(db));
    const ok = await moveApplicationStageAction(idle, form({ applicationId: String(f.ids[0]), stageId: f.rejected, expectedStageId: f.applied, rejectionReasonId }));
    expect(ok).toEqual({ status: 'success', message: 'Moved to Rejected' });
  });

  it('refuses a stale move with the reload message', async () => {
    const f = await fixture(1);
    signIn(f.member);
    const fields = { applicationId: String(f.ids[0]), stageId: f.interview, expectedStageId: f.interview };
    expect(await moveApplicationStageAction(idle, form(fields))).toEqual({ status: 'error', message: MOVE_MESSAGES.stale, chosen: { stageId: f.interview } });
  });

  it('reports every field problem and writes nothing', async () => {
    const f = await fixture(1);
    signIn(f.member);
    const state = await moveApplicationStageAction(idle, form({ applicationId: String(f.ids[0]), stageId: '', expectedStageId: f.applied, reason: 'x'.repeat(1001) }));
    expect(state.status).toBe('error');
    expect(state.status === 'error' && Object.keys(state.fieldErrors ?? {}).sort()).toEqual(['reason', 'stageId']);
    expect(await eventCount(f.ids)).toBe(0);
  });
});

describe('bulkMoveApplicationsAction', () => {
  it('moves the checked applicants to the chosen stage', async () => {
    const f = await fixture(2);
    signIn(f.member);
    const state = await bulkMoveApplicationsAction(idle, form({ jobId: String(f.job.id), applicationIds: f.ids.map(String), stageId: f.interview }));
    expect(state).toEqual({ status: 'success', message: 'Moved 2 applicants to Interview' });
    expect(await stagesOf(f.ids)).toEqual([f.interview, f.interview]);
  });

  it('rejects with the "Reject selected" button only with a reason from the list', async () => {
    const f = await fixture(2);
    signIn(f.member);
    const fields = { jobId: String(f.job.id), applicationIds: f.ids.map(String), stageId: f.interview, rejectStageId: f.rejected };
    expect(await bulkMoveApplicationsAction(idle, form(fields))).toEqual({
      status: 'error',
      message: MOVE_MESSAGES.notMovedBulk,
      fieldErrors: { rejectionReasonId: [REASON_REQUIRED_MESSAGE] },
    });
    const rejectionReasonId = String(await aRejectionReasonId(db));
    expect(await bulkMoveApplicationsAction(idle, form({ ...fields, reason: 'Position filled', rejectionReasonId }))).toEqual({ status: 'success', message: 'Moved 2 applicants to Rejected' });
    expect(await stagesOf(f.ids)).toEqual([f.rejected, f.rejected]);
  });

  it('asks for a selection, and refuses someone off the team as not found', async () => {
    const f = await fixture(2);
    signIn(f.member);
    const none = await bulkMoveApplicationsAction(idle, form({ jobId: String(f.job.id), stageId: f.interview }));
    expect(none).toMatchObject({ status: 'error', fieldErrors: { applicationIds: ['Select at least one applicant'] } });
    signIn(f.outsider);
    const foreign = await bulkMoveApplicationsAction(idle, form({ jobId: String(f.job.id), applicationIds: f.ids.map(String), stageId: f.interview }));
    expect(foreign).toEqual({ status: 'error', message: MOVE_MESSAGES.notFoundBulk });
    expect(await eventCount(f.ids)).toBe(0);
  });
});

describe('moving with an email template', () => {
  it('says the email was queued, one per moved applicant', async () => {
    const f = await fixture(2);
    signIn(f.member);
    const one = await moveApplicationStageAction(idle, form({ applicationId: String(f.ids[0]), stageId: f.interview, expectedStageId: f.applied, emailTemplate: 'interview-invitation' }));
    expect(one).toEqual({ status: 'success', message: 'Moved to Interview; email queued' });
    const bulk = await bulkMoveApplicationsAction(
      idle,
      form({ jobId: String(f.job.id), applicationIds: f.ids.map(String), stageId: f.interview, rejectStageId: f.rejected, reason: 'Position filled', rejectionReasonId: String(await aRejectionReasonId(db)), emailTemplate: 'rejection' }),
    );
    expect(bulk).toEqual({ status: 'success', message: 'Moved 2 applicants to Rejected; 2 emails queued' });
  });

  it('refuses a malformed or unknown template on its field and moves nothing', async () => {
    const f = await fixture(1);
    signIn(f.member);
    const fields = { applicationId: String(f.ids[0]), stageId: f.interview, expectedStageId: f.applied };
    const malformed = await moveApplicationStageAction(idle, form({ ...fields, emailTemplate: '<script>' }));
    expect(malformed).toMatchObject({ status: 'error', fieldErrors: { emailTemplate: [expect.stringMatching(/^Choose one of the email templates/)] } });
    const unknown = await moveApplicationStageAction(idle, form({ ...fields, emailTemplate: 'no-such-template' }));
    expect(unknown).toEqual({ status: 'error', message: MOVE_MESSAGES.notMoved, fieldErrors: { emailTemplate: [MOVE_MESSAGES.invalidTemplate] }, chosen: { stageId: f.interview } });
    expect(await eventCount(f.ids)).toBe(0);
  });
});

describe('previewStageEmailAction', () => {
  it('shows the team the exact email, and nothing to someone off the team or with a bad template', async () => {
    const f = await fixture(1);
    signIn(f.member);
    const preview = await previewStageEmailAction(f.ids[0]!, 'rejection');
    expect(preview).toMatchObject({ status: 'success', email: { subject: expect.stringContaining('Integration Test Engineer'), text: expect.stringMatching(/^Dear Ada,/) } });
    expect(await previewStageEmailAction(f.ids[0]!, '../etc')).toMatchObject({ status: 'error' });
    signIn(f.outsider);
    expect(await previewStageEmailAction(f.ids[0]!, 'rejection')).toMatchObject({ status: 'error' });
    signIn(null);
    expect(await previewStageEmailAction(f.ids[0]!, 'rejection')).toMatchObject({ status: 'error', message: expect.stringMatching(/^Your session has ended/) });
  });
});
