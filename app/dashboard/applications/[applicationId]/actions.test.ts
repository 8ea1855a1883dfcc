import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/db/queries/access';
import { notes, ratings } from '@/db/schema';
import { NOTE_MESSAGES } from '@/lib/validations/note';
import { MOVE_MESSAGES } from '../../actions/messages';
import { RATING_MESSAGE } from '@/lib/validations/rating';
import { ensureSettings, openTestDb } from '@/tests/helpers/apply';
import { createReviewFixture, type ReviewFixture } from '@/tests/helpers/review';
import { signInAs } from '@/tests/helpers/session-mock';

// The session is the one thing faked here (there is no request); the database is real.
vi.mock('@/lib/auth/session', () => import('@/tests/helpers/session-mock'));
const { revalidatePath } = vi.hoisted(() => ({ revalidatePath: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath }));

const { addNoteAction, rateApplicationAction } = await import('./actions');
const { db, sql } = openTestDb();
let f: ReviewFixture;

function signIn(actor: Actor | null) {
  signInAs(actor);
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

const idle = { status: 'idle' } as const;
const notesOn = (id: number) => db.select({ body: notes.body }).from(notes).where(eq(notes.applicationId, id));
const ratingsOn = (id: number) => db.select({ score: ratings.score }).from(ratings).where(eq(ratings.applicationId, id));

beforeAll(async () => {
  await ensureSettings(db);
  f = await createReviewFixture(db);
});

beforeEach(() => {
  revalidatePath.mockClear();
});

afterAll(async () => {
  await sql.end();
  await (globalThis as { porticoDb?: { sql: { end(): Promise<void> } } }).porticoDb?.sql.end();
});

describe('addNoteAction', () => {
  it('adds the note for the hiring team and refreshes the applicant page', async () => {
    signIn(f.onTeam);
    const state = await addNoteAction(idle, form({ applicationId: String(f.applicationId), body: 'Call back on Monday' }));
    expect(state).toEqual({ status: 'success', message: 'Note added' });
    expect(await notesOn(f.applicationId)).toContainEqual({ body: 'Call back on Monday' });
    expect(revalidatePath).toHaveBeenCalledWith(`/dashboard/applications/${f.applicationId}`);
  });

  it('refuses a signed-out post and writes nothing', async () => {
    signIn(null);
    const state = await addNoteAction(idle, form({ applicationId: String(f.otherApplicationId), body: 'Anonymous' }));
    expect(state).toMatchObject({ status: 'error', message: MOVE_MESSAGES.signedOut });
    expect(await notesOn(f.otherApplicationId)).toEqual([]);
  });

  it('returns every field error and the text typed, and writes nothing', async () => {
    signIn(f.onTeam);
    const state = await addNoteAction(idle, form({ applicationId: 'x', body: '   ' }));
    expect(state).toMatchObject({
      status: 'error',
      message: NOTE_MESSAGES.application,
      fieldErrors: { body: [NOTE_MESSAGES.missing] },
      body: '   ',
    });
    const long = await addNoteAction(idle, form({ applicationId: String(f.applicationId), body: 'y'.repeat(10_001) }));
    expect(long).toMatchObject({ status: 'error', fieldErrors: { body: [NOTE_MESSAGES.tooLong] } });
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it('answers another team’s applicant like a missing one, and writes nothing', async () => {
    signIn(f.offTeam);
    const state = await addNoteAction(idle, form({ applicationId: String(f.applicationId), body: 'Not my job' }));
    expect(state).toMatchObject({ status: 'error', message: MOVE_MESSAGES.notFound });
    const missing = await addNoteAction(idle, form({ applicationId: '2147483000', body: 'Nobody' }));
    expect(missing).toMatchObject({ status: 'error', message: MOVE_MESSAGES.notFound });
    expect(await notesOn(f.applicationId)).not.toContainEqual({ body: 'Not my job' });
  });
});

describe('rateApplicationAction', () => {
  it('saves and changes the user’s rating', async () => {
    signIn(f.admin);
    expect(await rateApplicationAction(idle, form({ applicationId: String(f.otherApplicationId), score: '2' }))).toEqual({
      status: 'success',
      message: 'Rating saved',
    });
    await rateApplicationAction(idle, form({ applicationId: String(f.otherApplicationId), score: '4' }));
    expect(await ratingsOn(f.otherApplicationId)).toEqual([{ score: 4 }]);
    expect(revalidatePath).toHaveBeenCalledWith(`/dashboard/jobs/${f.otherJob.id}`);
  });

  it('asks for a rating when none is chosen', async () => {
    signIn(f.onTeam);
    const state = await rateApplicationAction(idle, form({ applicationId: String(f.applicationId) }));
    expect(state).toMatchObject({ status: 'error', fieldErrors: { score: [RATING_MESSAGE] } });
  });

  it('refuses signed-out and off-team posts alike without writing', async () => {
    signIn(null);
    expect(await rateApplicationAction(idle, form({ applicationId: String(f.applicationId), score: '1' }))).toMatchObject({ status: 'error' });
    signIn(f.offTeam);
    expect(await rateApplicationAction(idle, form({ applicationId: String(f.applicationId), score: '1' }))).toMatchObject({
      status: 'error',
      message: MOVE_MESSAGES.notFound,
    });
    expect(await ratingsOn(f.applicationId)).toEqual([]);
  });
});
