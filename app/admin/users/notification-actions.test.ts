import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/db/queries/access';
import { users } from '@/db/schema';
import { openTestDb } from '@/tests/helpers/apply';
import { createActor } from '@/tests/helpers/review';
import { ACTION_MESSAGES } from '@/lib/actions/messages';
import { signInAs } from '@/tests/helpers/session-mock';

// The session is the one thing faked here (there is no request); the database is real.
vi.mock('@/lib/auth/session', () => import('@/tests/helpers/session-mock'));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const { setUserNotificationPreferenceAction } = await import('./notification-actions');
const { db, sql } = openTestDb();
const idle = { status: 'idle' } as const;

function signIn(actor: Actor) {
  signInAs(actor);
}
function form(userId: string, value: string) {
  const data = new FormData();
  data.set('userId', userId);
  data.set('notificationPreference', value);
  return data;
}
const preferenceOf = async (id: string) => (await db.select({ p: users.notificationPreference }).from(users).where(eq(users.id, id)))[0]!.p;

afterAll(async () => {
  await sql.end();
  await (globalThis as { porticoDb?: { sql: { end(): Promise<void> } } }).porticoDb?.sql.end();
});

describe('setUserNotificationPreferenceAction', () => {
  it('lets an admin set another user’s preference, and refuses a hiring manager and a bad value', async () => {
    const [admin, manager, target] = await Promise.all([createActor(db, 'admin'), createActor(db), createActor(db)]);
    signIn(manager);
    expect(await setUserNotificationPreferenceAction(idle, form(target.id, 'off'))).toEqual({ status: 'error', message: ACTION_MESSAGES.forbidden });
    signIn(admin);
    expect(await setUserNotificationPreferenceAction(idle, form(target.id, 'weekly'))).toMatchObject({ status: 'error', fieldErrors: { notificationPreference: [expect.any(String)] } });
    expect(await preferenceOf(target.id)).toBe('instant');
    expect(await setUserNotificationPreferenceAction(idle, form(target.id, 'digest'))).toEqual({ status: 'success', message: 'Email preference saved.' });
    expect(await preferenceOf(target.id)).toBe('digest');
  });
});
