import { randomUUID } from 'node:crypto';
import { and, eq, sql as drizzleSql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { idempotencyKeys } from '@/db/schema';
import { openTestDb } from '@/tests/helpers/apply';
import { ABANDONED_CLAIM_SECONDS, claimIdempotencyKey, completeIdempotencyKey, deleteExpiredIdempotencyKeys, releaseIdempotencyKey } from './idempotency';

const { db, sql } = openTestDb();
afterAll(async () => {
  await sql.end();
});

const DAY = 24 * 60 * 60 * 1000;
const client = () => `ip:test-${randomUUID()}`;

describe('idempotency keys', () => {
  it('give one claim, then replay the stored answer or refuse another request', async () => {
    const id = client();
    expect(await claimIdempotencyKey(id, 'k', 'hash-a', db)).toEqual({ kind: 'claimed' });
    expect(await claimIdempotencyKey(id, 'k', 'hash-a', db)).toEqual({ kind: 'in-progress' });
    await completeIdempotencyKey(id, 'k', 201, { reference: 'APP-1' }, db);
    expect(await claimIdempotencyKey(id, 'k', 'hash-a', db)).toEqual({ kind: 'completed', status: 201, body: { reference: 'APP-1' } });
    expect(await claimIdempotencyKey(id, 'k', 'hash-b', db)).toEqual({ kind: 'mismatch' });
    expect(await claimIdempotencyKey(client(), 'k', 'hash-b', db)).toEqual({ kind: 'claimed' });
  });

  it('give exactly one claim to concurrent requests', async () => {
    const id = client();
    const claims = await Promise.all(Array.from({ length: 10 }, () => claimIdempotencyKey(id, 'race', 'h', db)));
    expect(claims.filter((c) => c.kind === 'claimed')).toHaveLength(1);
  });

  it('free a released claim, and one abandoned by a crashed process', async () => {
    const id = client();
    await claimIdempotencyKey(id, 'k', 'h', db);
    await releaseIdempotencyKey(id, 'k', db);
    expect(await claimIdempotencyKey(id, 'k', 'h', db)).toEqual({ kind: 'claimed' });
    await db
      .update(idempotencyKeys)
      .set({ createdAt: drizzleSql`now() - make_interval(secs => ${ABANDONED_CLAIM_SECONDS + 5})` })
      .where(and(eq(idempotencyKeys.clientId, id), eq(idempotencyKeys.key, 'k')));
    expect(await claimIdempotencyKey(id, 'k', 'h', db)).toEqual({ kind: 'claimed' });
  });

  it('are forgotten after their time', async () => {
    const id = client();
    await claimIdempotencyKey(id, 'old', 'h', db);
    await completeIdempotencyKey(id, 'old', 201, {}, db);
    // Two days old, cleared with a one-day cut-off: other tests' fresh keys are left alone.
    await db.update(idempotencyKeys).set({ createdAt: new Date(Date.now() - 2 * DAY) }).where(and(eq(idempotencyKeys.clientId, id), eq(idempotencyKeys.key, 'old')));
    expect(await deleteExpiredIdempotencyKeys(new Date(Date.now() - DAY), db)).toBeGreaterThanOrEqual(1);
    expect(await claimIdempotencyKey(id, 'old', 'other', db)).toEqual({ kind: 'claimed' });
  });
});
