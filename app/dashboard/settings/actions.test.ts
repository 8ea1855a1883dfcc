import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/db/queries/access';
import { users } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/session';
import { NOTIFICATION_PREFERENCE_MESSAGE } from '@/lib/validations/notification-preference';
import { openTestDb } from '@/tests/helpers/apply';
import { createActor } from '@/tests/helpers/review';

// The session is the one thing faked here (there is no request); the database is real.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => session.user }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const { updateNotificationPreferenceAction } = await import('./actions');
const { db, sql } = openTestDb();
const idle = { status: 'idle' } as const;

function signIn(actor: Actor | null) {
  session.user = actor ? { id: actor.id, email: 'someone@example.com', name: 'Someone', role: actor.role } : null;
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
