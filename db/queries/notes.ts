import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import { db as appDb } from '@/db';
import type { DbOrTx } from '@/db/client';
import { applications, jobs, notes, users } from '@/db/schema';
import { recordAudit } from '@/db/queries/audit';
import { visibleToActor, type Actor } from './access';
import { findVisibleApplication } from './applicant-detail';

export interface NoteView {
  id: number;
  body: string;
  /** Null when the author's account has been deleted. */
  authorName: string | null;
  createdAt: Date;
}

/** An application's notes, newest first, if the actor may see the application. */
export async function listNotes(actor: Actor, applicationId: number, conn: DbOrTx = appDb): Promise<NoteView[]> {
  const rows = await conn
    .select({ id: notes.id, body: notes.body, authorName: users.name, authorEmail: users.email, createdAt: notes.createdAt })
    .from(notes)
    .innerJoin(applications, eq(applications.id, notes.applicationId))
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .leftJoin(users, eq(users.id, notes.authorUserId))
    .where(and(eq(notes.applicationId, applicationId), visibleToActor(actor)))
    .orderBy(desc(notes.createdAt), desc(notes.id));
  return rows.map(({ authorEmail, authorName, ...note }) => ({ ...note, authorName: authorName ?? authorEmail }));
}

export type CreateNoteResult = { ok: true; noteId: number; jobId: number } | { ok: false; reason: 'not-found' };

/** Adds the note and its audit entry together, or nothing when the actor may not see the application. */
export async function createNote(actor: Actor, input: Pick<typeof notes.$inferInsert, 'applicationId' | 'body'>, conn: DbOrTx = appDb): Promise<CreateNoteResult> {
  return conn.transaction(async (tx) => {
    const application = await findVisibleApplication(actor, input.applicationId, tx);
    if (!application) return { ok: false, reason: 'not-found' };
    const [note] = await tx
      .insert(notes)
      .values({ applicationId: application.id, authorUserId: actor.id, body: input.body })
      .returning({ id: notes.id });
    if (!note) throw new Error('Note insert returned no row');
    // The note's id, not its text: the audit log is append-only and must not keep candidate data
    // that the retention job will delete everywhere else.
    await recordAudit(tx, {
      actor,
      action: 'application.note_added',
      entityType: 'application',
      entityId: application.id,
      before: null,
      after: { noteId: note.id },
    });
    return { ok: true, noteId: note.id, jobId: application.jobId };
  });
}
