import 'server-only';
import { findApplicationFileId, type ApplicationFileRequest } from '@/db/queries/applicant-files';
import { getCurrentUser } from '@/lib/auth/session';
import { getStorage } from '@/lib/storage';
import { fileResponseHeaders, notFoundResponse } from './file-headers';
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
  const file = await getStorage().get(fileId);
  if (!file) return notFoundResponse();
  const download = new URL(request.url).searchParams.get('download') === '1';
  const headers = fileResponseHeaders({ filename: file.filename, contentType: file.contentType, byteLength: file.bytes.byteLength }, { download });
  // A copy into a plain ArrayBuffer: Response takes no Buffer over a possibly shared pool.
  return new Response(Uint8Array.from(file.bytes), { status: 200, headers });
}
