import 'server-only';
import { and, eq } from 'drizzle-orm';
import { db as appDb } from '@/db';
import type { DbOrTx } from '@/db/client';
import { hiringTeamMembers, jobs, settings } from '@/db/schema';
import type { Actor } from './access';

// The company's hiring-loop settings (time zone, Reply-To, whether teams edit their stages) and
// a job's own Reply-To. Admins only for writes; the reads are what the pages and emails need.

export interface HiringSettings {
  timeZone: string;
  replyToEmail: string | null;
  teamsEditStages: boolean;
  /** Offer candidates the US voluntary self-identification questions (EEO) on their status page. */
  eeoEnabled: boolean;
}

const columns = { timeZone: settings.timeZone, replyToEmail: settings.replyToEmail, teamsEditStages: settings.teamsEditStages, eeoEnabled: settings.eeoEnabled };

export async function getHiringSettings(conn: DbOrTx = appDb): Promise<HiringSettings> {
  const [row] = await conn.select(columns).from(settings).where(eq(settings.id, 1));
  return row ?? { timeZone: 'UTC', replyToEmail: null, teamsEditStages: false, eeoEnabled: false };
}

export async function updateHiringSettings(tx: DbOrTx, actor: Actor, input: HiringSettings): Promise<{ ok: true; before: HiringSettings } | { ok: false }> {
  if (actor.role !== 'admin') return { ok: false };
  const [before] = await tx.select(columns).from(settings).where(eq(settings.id, 1)).for('update');
  if (!before) return { ok: false };
  await tx.update(settings).set(input).where(eq(settings.id, 1));
  return { ok: true, before };
}

/** Whether the actor may edit the job's stages: admins always; its team when the company allows it. */
export async function canEditStages(actor: Actor, jobId: number, conn: DbOrTx = appDb): Promise<boolean> {
  if (actor.role === 'admin') {
    const [job] = await conn.select({ id: jobs.id }).from(jobs).where(eq(jobs.id, jobId));
    return Boolean(job);
  }
  const [row] = await conn
    .select({ allowed: settings.teamsEditStages })
    .from(hiringTeamMembers)
    .innerJoin(settings, eq(settings.id, 1))
    .where(and(eq(hiringTeamMembers.jobId, jobId), eq(hiringTeamMembers.userId, actor.id)));
  return row?.allowed === true;
}

export async function getJobReplyTo(jobId: number, conn: DbOrTx = appDb): Promise<string | null> {
  const [row] = await conn.select({ replyTo: jobs.replyToEmail }).from(jobs).where(eq(jobs.id, jobId));
  return row?.replyTo ?? null;
}

export async function updateJobReplyTo(tx: DbOrTx, actor: Actor, jobId: number, replyTo: string | null): Promise<{ ok: true; before: string | null } | { ok: false }> {
  if (!(await canEditStages(actor, jobId, tx))) return { ok: false };
  const [row] = await tx.select({ replyTo: jobs.replyToEmail }).from(jobs).where(eq(jobs.id, jobId)).for('no key update');
  if (!row) return { ok: false };
  await tx.update(jobs).set({ replyToEmail: replyTo }).where(eq(jobs.id, jobId));
  return { ok: true, before: row.replyTo };
}
