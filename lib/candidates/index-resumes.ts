import 'server-only';
import type { DbOrTx } from '@/db/client';
import { listResumesWithoutText, saveResumeText } from '@/db/queries/resume-texts';
import { MissingFileObjectError, type FileStorage } from '@/lib/storage';
import { extractResumeText } from './extract-resume-text';

export interface ResumeIndexRun {
  extracted: number;
  unreadable: number;
}

/** Resumes read per round: small, so a worker stopping mid-run has little to redo. */
const BATCH = 20;

/**
 * Reads the text of every resume that has none yet (the worker runs this on a short poll), one
 * file at a time so a 10 MB upload never sits in memory beside nineteen others. A file whose
 * object is missing is noted as unreadable like a damaged one; any other storage error (the
 * object store down) leaves the file for the next run.
 */
export async function indexPendingResumes(conn: DbOrTx, storage: FileStorage, { maxFiles = 200 } = {}): Promise<ResumeIndexRun> {
  const run: ResumeIndexRun = { extracted: 0, unreadable: 0 };
  const skipped = new Set<number>();
  while (run.extracted + run.unreadable < maxFiles) {
    const pending = (await listResumesWithoutText(BATCH + skipped.size, conn)).filter((file) => !skipped.has(file.fileId));
    if (pending.length === 0) break;
    for (const file of pending) {
      let content;
      try {
        content = await storage.get(file.fileId, conn);
      } catch (error) {
        if (!(error instanceof MissingFileObjectError)) {
          skipped.add(file.fileId);
          continue;
        }
        content = undefined;
      }
      if (content === null) continue; // removed since it was listed
      const result = content ? await extractResumeText(content.bytes, file.contentType) : ({ status: 'unreadable', problem: 'The stored file is missing' } as const);
      await saveResumeText(file.fileId, result, conn);
      run[result.status] += 1;
    }
  }
  return run;
}
