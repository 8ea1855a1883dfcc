import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { db as appDb } from '@/db';
import type { DbOrTx } from '@/db/client';
import { settings } from '@/db/schema';
import { recordAudit } from '@/db/queries/audit';
import type { Actor } from './access';
import { publicSettingsColumns, type PublicSettings } from './settings';

/** The settings with the version the form sends back, so a save never overwrites an unseen one. */
export interface AdminSettings extends PublicSettings {
  retentionDays: number;
  requirePayRange: boolean;
  version: string;
}

// updated_at to the microsecond: a JS Date would drop the last three digits and never match.
const version = sql<string>`to_char(${settings.updatedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`;

const columns = {
  ...publicSettingsColumns,
  retentionDays: settings.retentionDays,
  requirePayRange: settings.requirePayRange,
  version,
};

export async function getAdminSettings(actor: Actor, conn: DbOrTx = appDb): Promise<AdminSettings | null> {
  if (actor.role !== 'admin') return null;
  const [row] = await conn.select(columns).from(settings).where(eq(settings.id, 1));
  return row ?? null;
}

/** A settings column an admin edits. */
export type SettingsColumn = keyof Omit<AdminSettings, 'version'>;
/** The edited values, checked by the caller (lib/validations/settings); blank URLs may be left out. */
export type SettingsUpdate = Omit<AdminSettings, 'version' | 'companyUrl' | 'logoUrl'> & { companyUrl?: string | null; logoUrl?: string | null };

export type UpdateSettingsResult =
  | { ok: true; changed: SettingsColumn[] }
  | { ok: false; reason: 'forbidden' | 'missing' | 'stale' };

/** Saves the settings if nobody else has since `expectedVersion`; the audit entry lists only what changed. */
export async function updateSettings(
  actor: Actor,
  input: SettingsUpdate,
  expectedVersion: string,
  conn: DbOrTx = appDb,
): Promise<UpdateSettingsResult> {
  if (actor.role !== 'admin') return { ok: false, reason: 'forbidden' };
  const next: Omit<AdminSettings, 'version'> = { ...input, companyUrl: input.companyUrl ?? null, logoUrl: input.logoUrl ?? null };
  return conn.transaction(async (tx) => {
    const [current] = await tx.select(columns).from(settings).where(eq(settings.id, 1)).for('update');
    if (!current) return { ok: false, reason: 'missing' };
    if (current.version !== expectedVersion) return { ok: false, reason: 'stale' };
    const changed = (Object.keys(next) as SettingsColumn[]).filter((key) => next[key] !== current[key]);
    if (changed.length === 0) return { ok: true, changed };
    await tx
      .update(settings)
      // clock_timestamp, not now(): a second save in one transaction must still get a new version.
      .set({ ...next, updatedAt: sql`clock_timestamp()` })
      .where(eq(settings.id, 1));
    await recordAudit(tx, {
      actor,
      action: 'settings.updated',
      entityType: 'settings',
      entityId: 1,
      before: Object.fromEntries(changed.map((key) => [key, current[key]])),
      after: Object.fromEntries(changed.map((key) => [key, next[key]])),
    });
    return { ok: true, changed };
  });
}
