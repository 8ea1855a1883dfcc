import { expect } from 'vitest';
import type { Database, DbOrTx } from '@/db/client';

class Rollback extends Error {}

/** Runs `fn` in a transaction that is always rolled back, so shared rows stay as they were. */
export async function rolledBack(db: Database, fn: (tx: DbOrTx) => Promise<void>): Promise<void> {
  await expect(
    db.transaction(async (tx) => {
      await fn(tx);
      throw new Rollback();
    }),
  ).rejects.toBeInstanceOf(Rollback);
}
