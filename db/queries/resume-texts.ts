import 'server-only';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';

// The worker's side of the candidate database: which resumes still need their text, and
// storing what it found. Reads in db/queries/candidate-search.ts.

export interface PendingResume {
  fileId: number;
  contentType: string;
}

/**
 * Resume files (of applications whose candidate's data is still held) without a text row yet,
 * oldest first. Several workers may run: the row is inserted with ON CONFLICT DO NOTHING, so
 * two that read the same file both finish without error and one row stays.
 */
export async function listResumesWithoutText(limit: number, conn: DbOrTx): Promise<PendingResume[]> {
  const rows = await conn.execute<{ fileId: number; contentType: string }>(sql`
    select f.id as "fileId", f.content_type as "contentType"
    from files f
    where exists (select 1 from applications a where a.resume_file_id = f.id)
      and not exists (select 1 from resume_texts rt where rt.file_id = f.id)
    order by f.id
    limit ${limit}`);
  return [...rows];
}

export type ResumeTextResult = { status: 'extracted'; text: string } | { status: 'unreadable'; problem: string };

/** Stores a file's text (or why it had none); a file removed meanwhile is simply skipped. */
export async function saveResumeText(fileId: number, result: ResumeTextResult, conn: DbOrTx): Promise<void> {
  const text = result.status === 'extracted' ? result.text : '';
  const problem = result.status === 'unreadable' ? result.problem : null;
  await conn.execute(sql`
    insert into resume_texts (file_id, status, text, problem, document)
    select f.id, ${result.status}, ${text}, ${problem}, to_tsvector('english', ${text})
    from files f where f.id = ${fileId}
    on conflict (file_id) do nothing`);
}
