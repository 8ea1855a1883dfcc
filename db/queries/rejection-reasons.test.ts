import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { openTestDb } from '@/tests/helpers/apply';
import { createActor } from '@/tests/helpers/review';
import { createRejectionReason, listActiveRejectionReasons, renameRejectionReason, setRejectionReasonArchived } from './rejection-reasons';

const { db, sql } = openTestDb();
afterAll(async () => {
  await sql.end();
});

describe('rejection reasons', () => {
  it('admins add, rename and archive; a manager changes nothing; a duplicate is refused', async () => {
    const [admin, manager] = await Promise.all([createActor(db, 'admin'), createActor(db)]);
    const label = `Reason ${randomUUID().slice(0, 8)}`;
    expect(await db.transaction((tx) => createRejectionReason(tx, manager, label))).toEqual({ ok: false, reason: 'forbidden' });
    const created = await db.transaction((tx) => createRejectionReason(tx, admin, label));
    if (!created.ok) throw new Error(created.reason);
    expect(await db.transaction((tx) => createRejectionReason(tx, admin, label.toUpperCase()))).toEqual({ ok: false, reason: 'duplicate' });
    expect(await db.transaction((tx) => renameRejectionReason(tx, admin, created.id, `${label} (renamed)`))).toMatchObject({ ok: true });
    expect((await listActiveRejectionReasons(db)).map((r) => r.label)).toContain(`${label} (renamed)`);
    expect(await db.transaction((tx) => setRejectionReasonArchived(tx, manager, created.id, true))).toEqual({ ok: false, reason: 'forbidden' });
    expect(await db.transaction((tx) => setRejectionReasonArchived(tx, admin, created.id, true))).toMatchObject({ ok: true });
    expect((await listActiveRejectionReasons(db)).map((r) => r.id)).not.toContain(created.id);
  });
});
