import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { getApplicantDetail } from '@/db/queries/applicant-detail';
import { searchCandidates } from '@/db/queries/candidate-search';
import { applications, auditLog, candidates, emailOutbox } from '@/db/schema';
import { ACTION_MESSAGES } from '@/lib/actions/messages';
import { MANUAL_CANDIDATE_MESSAGES } from '@/lib/validations/manual-candidate';
import { ensureSettings, openTestDb, uniqueEmail } from '@/tests/helpers/apply';
import { applyTo, createReviewFixture, type ReviewFixture } from '@/tests/helpers/review';
import { formOf } from '@/tests/helpers/form-data';
import { signInAs } from '@/tests/helpers/session-mock';

// Adding a person by hand, on a real PostgreSQL; only the session and Next's redirect are faked.
vi.mock('@/lib/auth/session', () => import('@/tests/helpers/session-mock'));
const { redirect } = vi.hoisted(() => ({
  redirect: vi.fn((url: string) => {
    throw Object.assign(new Error('NEXT_REDIRECT'), { url });
  }),
}));
vi.mock('next/navigation', () => ({ redirect }));

const { addCandidateAction } = await import('./actions');
const { db, sql } = openTestDb();
let f: ReviewFixture;

const form = formOf;
const idle = { status: 'idle' } as const;

/** Runs the action; a success ends in a redirect, returned here as the application id it names. */
async function add(fields: Record<string, string>) {
  try {
    return { state: await addCandidateAction(idle, form(fields)) };
  } catch (error) {
    const url = (error as { url?: string }).url;
    if (!url) throw error;
    return { applicationId: Number(/applications\/(\d+)/.exec(url)![1]) };
  }
}
const applicationsOf = (email: string) =>
  db.select({ id: applications.id }).from(applications).innerJoin(candidates, eq(candidates.id, applications.candidateId)).where(eq(candidates.email, email));

beforeAll(async () => {
  await ensureSettings(db);
  f = await createReviewFixture(db);
});
beforeEach(() => {
  redirect.mockClear();
});
afterAll(async () => {
  await sql.end();
  await (globalThis as { porticoDb?: { sql: { end(): Promise<void> } } }).porticoDb?.sql.end();
});

describe('addCandidateAction', () => {
  it('puts a referred person on the job, named with their referrer, audited, and without emailing them', async () => {
    signInAs(f.onTeam);
    const email = uniqueEmail();
    const { applicationId } = await add({ jobId: String(f.job.id), firstName: ' Grace ', lastName: 'Hopper', email: email.toUpperCase(), origin: 'referral', referrerUserId: f.offTeam.id, agencyName: 'ignored' });
    expect(applicationId).toBeGreaterThan(0);
    const detail = await getApplicantDetail(f.onTeam, applicationId!);
    expect(detail).toMatchObject({ candidate: { firstName: 'Grace', lastName: 'Hopper', email }, source: 'referral', stage: { kind: 'applied' } });
    expect(detail!.origin).toMatchObject({ kind: 'referral', agency: null });
    expect(detail!.origin.referrer).not.toBeNull();
    expect(detail!.origin.addedBy).not.toBeNull();
    expect(await db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, email))).toEqual([]);
    const [audit] = await db.select().from(auditLog).where(eq(auditLog.entityId, String(applicationId)));
    expect(audit).toMatchObject({ action: 'application.added_by_hand', actorUserId: f.onTeam.id, after: { jobId: f.job.id, origin: 'referral' } });
    expect((await searchCandidates(f.onTeam, email)).candidates[0]!.applications[0]).toMatchObject({ id: applicationId, source: 'referral' });
  });

  it('says what is missing for each kind, next to its field, and writes nothing', async () => {
    signInAs(f.onTeam);
    const email = uniqueEmail();
    const cases: Array<[Record<string, string>, Record<string, string[]>]> = [
      [{ jobId: '', firstName: '', lastName: 'X', email: 'nope', origin: '' }, { jobId: [MANUAL_CANDIDATE_MESSAGES.job], firstName: ['Enter their first name'], email: ["That doesn't look like an email address"], origin: [MANUAL_CANDIDATE_MESSAGES.origin] }],
      [{ jobId: String(f.job.id), firstName: 'A', lastName: 'B', email, origin: 'referral' }, { referrerUserId: [MANUAL_CANDIDATE_MESSAGES.referrer] }],
      // Every mistake in one round: the referrer is asked for while the job is missing too.
      [{ jobId: '', firstName: 'A', lastName: 'B', email, origin: 'referral' }, { jobId: [MANUAL_CANDIDATE_MESSAGES.job], referrerUserId: [MANUAL_CANDIDATE_MESSAGES.referrer] }],
      [{ jobId: String(f.job.id), firstName: 'A', lastName: 'B', email, origin: 'agency', agencyName: '  ' }, { agencyName: [MANUAL_CANDIDATE_MESSAGES.agency] }],
      [{ jobId: String(f.job.id), firstName: 'A', lastName: 'B', email, origin: 'referral', referrerUserId: 'no-such-user' }, { referrerUserId: [MANUAL_CANDIDATE_MESSAGES.referrer] }],
    ];
    for (const [fields, fieldErrors] of cases) {
      const { state } = await add(fields);
      expect(state).toMatchObject({ status: 'error', fieldErrors, values: { email: fields.email } });
    }
    expect(await applicationsOf(email)).toEqual([]);
    expect(redirect).not.toHaveBeenCalled();
  });

  it('refuses a job outside the user’s teams as if it did not exist, and a signed-out post', async () => {
    signInAs(f.onTeam);
    const email = uniqueEmail();
    expect((await add({ jobId: String(f.otherJob.id), firstName: 'A', lastName: 'B', email, origin: 'sourced' })).state).toMatchObject({ fieldErrors: { jobId: [MANUAL_CANDIDATE_MESSAGES.job] } });
    signInAs(null);
    expect((await add({ jobId: String(f.job.id), firstName: 'A', lastName: 'B', email, origin: 'sourced' })).state).toMatchObject({ status: 'error', message: ACTION_MESSAGES.signedOut });
    expect(await applicationsOf(email)).toEqual([]);
  });

  it('reuses a known person without rewriting their details, and will not put them on the same job twice', async () => {
    signInAs(f.admin);
    const email = uniqueEmail();
    await applyTo(db, f.otherJob.id, { candidate: { email, firstName: 'Ada', lastName: 'Lovelace' } });
    const { applicationId } = await add({ jobId: String(f.job.id), firstName: 'Augusta', lastName: 'King', email, origin: 'agency', agencyName: 'Engines & Co' });
    const [person] = await db.select({ firstName: candidates.firstName }).from(candidates).where(eq(candidates.email, email));
    expect(person!.firstName).toBe('Ada');
    expect((await getApplicantDetail(f.admin, applicationId!))!.origin).toMatchObject({ kind: 'agency', agency: 'Engines & Co' });
    expect((await add({ jobId: String(f.job.id), firstName: 'Augusta', lastName: 'King', email, origin: 'sourced' })).state).toMatchObject({ fieldErrors: { email: [MANUAL_CANDIDATE_MESSAGES.alreadyOnJob] } });
    expect(await applicationsOf(email)).toHaveLength(2);
  });
});
