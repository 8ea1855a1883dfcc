import { eq, sql as raw } from 'drizzle-orm';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { settings } from '@/db/schema';
import { openTestDb } from '@/tests/helpers/apply';
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
