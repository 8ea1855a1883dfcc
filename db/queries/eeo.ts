import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { db as appDb } from '@/db';
import type { DbOrTx } from '@/db/client';
import { applications, eeoResponses, settings } from '@/db/schema';
import type { EeoQuestion } from '@/lib/domain/eeo';
import type { Actor } from './access';

// Voluntary self-identification. Two doors only: the candidate's, by the hash of their status
// token (the token is the credential), and the admins' aggregate counts. No query here returns
// one person's answers to staff, and no staff-facing query elsewhere joins eeo_responses.

export type EeoAnswers = Record<EeoQuestion, string | null>;

const EMPTY: EeoAnswers = { gender: null, race: null, veteran: null, disability: null };

/** What the status page needs: whether the company asks, and the candidate's own answers so far. */
export async function getEeoFormForToken(tokenHash: string, conn: DbOrTx = appDb): Promise<{ enabled: boolean; answers: EeoAnswers; answered: boolean } | null> {
  const [row] = await conn
    .select({
      enabled: settings.eeoEnabled,
      answered: sql<boolean>`${eeoResponses.applicationId} is not null`,
      gender: eeoResponses.gender,
      race: eeoResponses.race,
      veteran: eeoResponses.veteranStatus,
      disability: eeoResponses.disabilityStatus,
    })
    .from(applications)
    .innerJoin(settings, eq(settings.id, 1))
    .leftJoin(eeoResponses, eq(eeoResponses.applicationId, applications.id))
    .where(eq(applications.statusTokenHash, tokenHash));
  if (!row) return null;
  const answers = row.answered ? { gender: row.gender, race: row.race, veteran: row.veteran, disability: row.disability } : EMPTY;
  return { enabled: row.enabled, answered: row.answered, answers };
}

/** Saves (or replaces) the candidate's answers; refused while the company does not ask. */
export async function saveEeoAnswersForToken(tokenHash: string, answers: EeoAnswers, conn: DbOrTx = appDb): Promise<'saved' | 'disabled' | 'not-found'> {
  return conn.transaction(async (tx) => {
    const [app] = await tx
      .select({ id: applications.id, enabled: settings.eeoEnabled })
      .from(applications)
      .innerJoin(settings, eq(settings.id, 1))
      .where(eq(applications.statusTokenHash, tokenHash));
    if (!app) return 'not-found';
    if (!app.enabled) return 'disabled';
    const values = { gender: answers.gender, race: answers.race, veteranStatus: answers.veteran, disabilityStatus: answers.disability };
    await tx
      .insert(eeoResponses)
      .values({ applicationId: app.id, ...values })
      .onConflictDoUpdate({ target: eeoResponses.applicationId, set: { ...values, updatedAt: sql`now()` } });
    return 'saved';
  });
}

export interface EeoCountRow {
  question: EeoQuestion;
  /** The stored code; null: left blank. */
  answer: string | null;
  count: number;
}

/**
 * Raw counts per question and answer over the applications submitted in the range (UTC days,
 * both included). Admins only (null for anyone else). Never shown as is: lib/eeo/aggregate.ts
 * hides small counts before anything reaches a page.
 */
export async function countEeoAnswers(actor: Actor, range: { from?: string; to?: string }, conn: DbOrTx = appDb): Promise<{ respondents: number; rows: EeoCountRow[] } | null> {
  if (actor.role !== 'admin') return null;
  const from = range.from ? sql`a.submitted_at >= ${range.from}::date::timestamptz` : sql`true`;
  const to = range.to ? sql`a.submitted_at < (${range.to}::date + 1)::timestamptz` : sql`true`;
  const rows = await conn.execute<{ question: EeoQuestion; answer: string | null; count: number }>(sql`
    with r as (
      select e.* from eeo_responses e join applications a on a.id = e.application_id where ${from} and ${to}
    )
    select 'gender' as question, gender as answer, count(*)::int as count from r group by gender
    union all select 'race', race, count(*)::int from r group by race
    union all select 'veteran', veteran_status, count(*)::int from r group by veteran_status
    union all select 'disability', disability_status, count(*)::int from r group by disability_status`);
  const list = [...rows].map((r) => ({ question: r.question, answer: r.answer, count: r.count }));
  const respondents = list.filter((r) => r.question === 'gender').reduce((sum, r) => sum + r.count, 0);
  return { respondents, rows: list };
}

/** Whether the company asks the self-identification questions (the confirmation page mentions them). */
export async function isEeoEnabled(conn: DbOrTx = appDb): Promise<boolean> {
  const [row] = await conn.select({ enabled: settings.eeoEnabled }).from(settings).where(eq(settings.id, 1));
  return row?.enabled ?? false;
}
