import 'server-only';
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { DbOrTx } from '@/db/client';
import { readSubjectData, recordSubjectAccessExport, type SubjectAccessScope } from '@/db/queries/subject-access';
import { logger } from '@/lib/logger';
import { getStorage, MissingFileObjectError, StorageDriverUnavailableError, type FileStorage } from '@/lib/storage';
import { subjectAccessDocument, zipSafeName, type ExportedFileRef } from './document';

export interface SubjectAccessZip {
  bytes: Uint8Array;
  filename: string;
}

/**
 * The ZIP of a subject-access export: data.json plus every file the candidate uploaded, under
 * files/<reference>/. Audited with ids and counts only. Null when the candidate does not exist.
 */
export async function buildSubjectAccessZip(
  candidateId: number,
  scope: SubjectAccessScope,
  { actor, conn, storage = getStorage(), now = new Date() }: { actor: { id: string } | null; conn?: DbOrTx; storage?: FileStorage; now?: Date },
): Promise<SubjectAccessZip | null> {
  const data = await readSubjectData(candidateId, scope, conn);
  if (!data) return null;
  const entries: Zippable = {};
  const files = new Map<number, ExportedFileRef>();
  for (const app of data.applications) {
    for (const [index, fileId] of app.fileIds.entries()) {
      const file = await readFile(storage, fileId, conn);
      if (!file) continue;
      const path = file.bytes ? `files/${app.reference}/${index + 1}-${zipSafeName(file.filename)}` : null;
      // Stored, not deflated: resumes are PDFs and Word files, compressed already.
      if (path && file.bytes) entries[path] = [new Uint8Array(file.bytes), { level: 0 }];
      files.set(fileId, { fileId, path, filename: file.filename, contentType: file.contentType, sizeBytes: file.sizeBytes });
    }
  }
  const document = subjectAccessDocument(data, scope, files, now);
  entries['data.json'] = strToU8(`${JSON.stringify(document, null, 2)}\n`);
  await recordSubjectAccessExport(
    actor,
    candidateId,
    { scope, applicationIds: data.applications.map((app) => app.id), fileCount: [...files.values()].filter((f) => f.path).length, emailCount: data.emails.length },
    conn,
  );
  const day = now.toISOString().slice(0, 10);
  return { bytes: zipSync(entries, { mtime: now }), filename: `portico-data-${day}.zip` };
}

/** A file's bytes; a file whose object is gone is still listed (by name), without bytes. */
async function readFile(storage: FileStorage, fileId: number, conn: DbOrTx | undefined) {
  try {
    const file = await storage.get(fileId, conn);
    return file ? { ...file, bytes: file.bytes as Buffer | null } : null;
  } catch (error) {
    if (!(error instanceof MissingFileObjectError || error instanceof StorageDriverUnavailableError)) throw error;
    logger.error({ fileId, driver: error.driver, kind: error.name }, 'Stored file cannot be read for a subject-access export');
    return { filename: `file-${fileId}`, contentType: 'application/octet-stream', sizeBytes: 0, bytes: null };
  }
}

/** The download: an attachment that no cache keeps and no browser sniffs. */
export function subjectAccessResponse(zip: SubjectAccessZip): Response {
  return new Response(Uint8Array.from(zip.bytes), {
    status: 200,
    headers: {
      'Content-Type': 'application/zip',
      'Content-Length': String(zip.bytes.byteLength),
      'Content-Disposition': `attachment; filename="${zip.filename}"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
