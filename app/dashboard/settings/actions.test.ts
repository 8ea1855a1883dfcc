import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/db/queries/access';
import { users } from '@/db/schema';
import { NOTIFICATION_PREFERENCE_MESSAGE } from '@/lib/validations/notification-preference';
import { openTestDb } from '@/tests/helpers/apply';
import { createActor } from '@/tests/helpers/review';
import { signInAs } from '@/tests/helpers/session-mock';

// The session is the one thing faked here (there is no request); the database is real.
vi.mock('@/lib/auth/session', () => import('@/tests/helpers/session-mock'));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const { updateNotificationPreferenceAction } = await import('./actions');
const { db, sql } = openTestDb();
const idle = { status: 'idle' } as const;

function signIn(actor: Actor | null) {
  signInAs(actor);
}
const form = (value: string) => {
  const data = new FormData();
  data.set('notificationPreference', value);
  return data;
};
const preferenceOf = async (id: string) => (await db.select({ p: users.notificationPreference }).from(users).where(eq(users.id, id)))[0]!.p;

afterAll(async () => {
  await sql.end();
  await (globalThis as { porticoDb?: { sql: { end(): Promise<void> } } }).porticoDb?.sql.end();
});

describe('updateNotificationPreferenceAction', () => {
  it('saves the signed-in user’s own choice', async () => {
    const me = await createActor(db);
    signIn(me);
    expect(await updateNotificationPreferenceAction(idle, form('off'))).toEqual({ status: 'success', message: 'Saved. New applications: Off.' });
    expect(await preferenceOf(me.id)).toBe('off');
  });

  it('refuses an unknown value on its field, and a signed-out post, saving nothing', async () => {
    const me = await createActor(db);
    signIn(me);
    expect(await updateNotificationPreferenceAction(idle, form('hourly'))).toEqual({
      status: 'error',
      message: 'Nothing was saved.',
      fieldErrors: { notificationPreference: [NOTIFICATION_PREFERENCE_MESSAGE] },
    });
    signIn(null);
    expect(await updateNotificationPreferenceAction(idle, form('off'))).toMatchObject({ status: 'error' });
    expect(await preferenceOf(me.id)).toBe('instant');
  });
});
