import 'server-only';
import { findApplicationFileId, type ApplicationFileRequest } from '@/db/queries/applicant-files';
import { getCurrentUser } from '@/lib/auth/session';
import { logger } from '@/lib/logger';
import { getStorage, MissingFileObjectError, StorageDriverUnavailableError, type StoredFileContent } from '@/lib/storage';
import { fileResponseHeaders, missingFileResponse, notFoundResponse } from './file-headers';
import { parseId } from './params';

/**
 * Streams one of an application's files after checking the session and the actor's access,
 * for the resume and file-answer routes alike. Every refusal is the same 404.
 */
export async function serveApplicationFile(request: Request, applicationIdParam: string, fileRequest: ApplicationFileRequest): Promise<Response> {
  const user = await getCurrentUser();
  const applicationId = parseId(applicationIdParam);
  if (!user || applicationId === null) return notFoundResponse();
  const fileId = await findApplicationFileId({ id: user.id, role: user.role }, applicationId, fileRequest);
  if (fileId === null) return notFoundResponse();
  let file: StoredFileContent | null;
  try {
    file = await getStorage().get(fileId);
  } catch (error) {
    if (!(error instanceof MissingFileObjectError || error instanceof StorageDriverUnavailableError)) throw error;
    // The row says the file exists and the store disagrees: an operator must look, and the
    // person asking is told plainly rather than handed an empty or wrong file.
    logger.error({ fileId, applicationId, driver: error.driver, kind: error.name }, 'Stored file cannot be read');
    return missingFileResponse();
  }
  if (!file) return notFoundResponse();
  const download = new URL(request.url).searchParams.get('download') === '1';
  const headers = fileResponseHeaders({ filename: file.filename, contentType: file.contentType, byteLength: file.bytes.byteLength }, { download });
  // A copy into a plain ArrayBuffer: Response takes no Buffer over a possibly shared pool.
  return new Response(Uint8Array.from(file.bytes), { status: 200, headers });
}
