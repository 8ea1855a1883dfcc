import 'server-only';
import { eq } from 'drizzle-orm';
import { db as appDb } from '@/db';
import type { DbOrTx } from '@/db/client';
import { settings, users } from '@/db/schema';

/** The zone a user reads and types times in: their own setting, else the company's. */
export async function getTimeZones(userId: string | null, conn: DbOrTx = appDb): Promise<{ user: string | null; company: string }> {
  const [company] = await conn.select({ zone: settings.timeZone }).from(settings).where(eq(settings.id, 1));
  if (!userId) return { user: null, company: company?.zone ?? 'UTC' };
  const [user] = await conn.select({ zone: users.timeZone }).from(users).where(eq(users.id, userId));
  return { user: user?.zone ?? null, company: company?.zone ?? 'UTC' };
}

/** The user's own setting (each user sets only theirs: the id is the session's). */
export async function updateUserTimeZone(userId: string, timeZone: string | null, conn: DbOrTx = appDb): Promise<void> {
  await conn.update(users).set({ timeZone }).where(eq(users.id, userId));
}
