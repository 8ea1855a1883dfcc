import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, notes } from '@/db/schema';
import { ensureSettings, openTestDb } from '@/tests/helpers/apply';
import { createReviewFixture } from '@/tests/helpers/review';
import { createNote, listNotes } from './notes';

const { db, sql } = openTestDb();

beforeAll(async () => {
  await ensureSettings(db);
});

afterAll(async () => {
  await sql.end();
});

async function auditRows(applicationId: number) {
  return db
    .select({ actorUserId: auditLog.actorUserId, before: auditLog.before, after: auditLog.after })
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'application'), eq(auditLog.entityId, String(applicationId)), eq(auditLog.action, 'application.note_added')));
}

describe('createNote', () => {
  it('adds the note with its author and an audit entry', async () => {
    const f = await createReviewFixture(db);
    const result = await createNote(f.onTeam, { applicationId: f.applicationId, body: 'Strong on SQL.\nAsk about on-call.' }, db);
    expect(result).toMatchObject({ ok: true, jobId: f.job.id });
    if (!result.ok) throw new Error('unreachable');

    const [stored] = await db.select().from(notes).where(eq(notes.id, result.noteId));
    expect(stored).toMatchObject({ applicationId: f.applicationId, authorUserId: f.onTeam.id, body: 'Strong on SQL.\nAsk about on-call.' });
    expect(await auditRows(f.applicationId)).toEqual([{ actorUserId: f.onTeam.id, before: null, after: { noteId: result.noteId } }]);
  });

  it('refuses an application on another team’s job and writes nothing', async () => {
    const f = await createReviewFixture(db);
    expect(await createNote(f.offTeam, { applicationId: f.applicationId, body: 'Sneaky' }, db)).toEqual({ ok: false, reason: 'not-found' });
    expect(await createNote(f.offTeam, { applicationId: 2_147_483_000, body: 'Sneaky' }, db)).toEqual({ ok: false, reason: 'not-found' });
    expect(await db.select().from(notes).where(eq(notes.applicationId, f.applicationId))).toEqual([]);
    expect(await auditRows(f.applicationId)).toEqual([]);
  });

  it('lets an admin add a note to any application', async () => {
    const f = await createReviewFixture(db);
    expect(await createNote(f.admin, { applicationId: f.otherApplicationId, body: 'Admin note' }, db)).toMatchObject({ ok: true });
  });

  it('keeps the database as the last line: a blank body is refused there too', async () => {
    const f = await createReviewFixture(db);
    await expect(createNote(f.onTeam, { applicationId: f.applicationId, body: '   ' }, db)).rejects.toThrow();
    expect(await auditRows(f.applicationId)).toEqual([]);
  });
});

describe('listNotes', () => {
  it('lists newest first with the author’s name, only for those who may see the application', async () => {
    const f = await createReviewFixture(db);
    await createNote(f.onTeam, { applicationId: f.applicationId, body: 'First' }, db);
    await createNote(f.admin, { applicationId: f.applicationId, body: 'Second' }, db);
    const listed = await listNotes(f.onTeam, f.applicationId, db);
    expect(listed.map((note) => note.body)).toEqual(['Second', 'First']);
    expect(listed[0]?.authorName).toBe('Test User');
    expect(await listNotes(f.offTeam, f.applicationId, db)).toEqual([]);
    expect(await listNotes(f.admin, f.applicationId, db)).toHaveLength(2);
  });
});
