import { eq, sql as raw } from 'drizzle-orm';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { settings } from '@/db/schema';
import { env } from '@/lib/env';
import { openTestDb } from '@/tests/helpers/apply';
import { createDb, type Database } from './client';
import { setDbObserver, type DbObserver } from './instrumented-sql';

const { db, sql } = openTestDb();
afterAll(() => sql.end());
afterEach(() => setDbObserver(undefined));

function recorder() {
  const seen: Array<{ kind: string; text: string; pooled: boolean; ok: boolean }> = [];
  const observer: DbObserver = {
    async observe(work, run) {
      try {
        const result = await run();
        seen.push({ ...work, ok: true });
        return result;
      } catch (error) {
        seen.push({ ...work, ok: false });
        throw error;
      }
    },
  };
  setDbObserver(observer);
  return seen;
}

describe('instrumentSql', () => {
  it('observes each Drizzle query with its text, and its rows come back as before', async () => {
    const seen = recorder();
    const rows = await db.select({ id: settings.id }).from(settings).where(eq(settings.id, -1));
    expect(rows).toEqual([]);
    const [one] = await db.execute<{ n: number }>(raw`select 1::int as n`);
    expect(one?.n).toBe(1);
    expect(seen).toEqual([
      expect.objectContaining({ kind: 'query', pooled: true, ok: true, text: expect.stringMatching(/^select "id" from "settings"/) }),
      expect.objectContaining({ kind: 'query', pooled: true, ok: true, text: 'select 1::int as n' }),
    ]);
  });

  it('observes a transaction as one pooled unit, its queries and savepoints inside it', async () => {
    const seen = recorder();
    const result = await db.transaction(async (tx) => {
      await tx.execute(raw`select 1`);
      return tx.transaction(async (inner) => (await inner.execute<{ n: number }>(raw`select 2::int as n`))[0]?.n);
    });
    expect(result).toBe(2);
    expect(seen.map((s) => [s.kind, s.pooled])).toEqual([
      ['query', false],
      ['query', false],
      ['transaction', true],
    ]);
  });

  it('reports a failing query as failed and still throws the driver’s error', async () => {
    const seen = recorder();
    await expect(db.execute(raw`select * from no_such_table`)).rejects.toThrow();
    expect(seen).toEqual([expect.objectContaining({ kind: 'query', ok: false })]);
  });

  it('leaves the pool untouched with no observer installed', async () => {
    const [row] = await db.execute<{ n: number }>(raw`select 3::int as n`);
    expect(row?.n).toBe(3);
  });
});

describe('prepared statements', () => {
  /** Runs a Drizzle query with a parameter, then counts, on the same connection, the named statements holding its text. */
  const preparedCopies = (database: Database) =>
    database.transaction(async (tx) => {
      for (const id of [-1, -2]) expect(await tx.select({ id: settings.id }).from(settings).where(eq(settings.id, id))).toEqual([]);
      const [row] = await tx.execute<{ n: number; planning: string }>(
        raw`select count(*)::int as n, current_setting('plan_cache_mode') as planning from pg_prepared_statements where statement like 'select "id" from "settings" where%'`,
      );
      return row;
    });

  it('runs each Drizzle query as a statement prepared once per connection, not described anew on every run', async () => {
    // Planned for each run's values all the same, as an unprepared query is.
    expect(await preparedCopies(db)).toEqual({ n: 1, planning: 'force_custom_plan' });
  });

  it('reads prepare=false from any URL postgres.js takes, one with several hosts included', async () => {
    const { sql: several } = createDb('postgres://portico@db-a.internal:5432,db-b.internal:5432/portico?prepare=false', { max: 1 });
    try {
      expect(several.options.prepare).toBe(false);
      expect(several.options.connection).not.toHaveProperty('plan_cache_mode');
    } finally {
      await several.end();
    }
  });

  it('leaves them unprepared when DATABASE_URL says prepare=false (a pooler that cannot keep them)', async () => {
    const url = new URL(env.DATABASE_URL!);
    url.searchParams.set('prepare', 'false');
    const unprepared = createDb(url.href, { max: 1 });
    try {
      expect(await preparedCopies(unprepared.db)).toEqual({ n: 0, planning: 'auto' });
    } finally {
      await unprepared.sql.end();
    }
  });
});
