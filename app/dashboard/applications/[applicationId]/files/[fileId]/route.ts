import { parseId } from '../../params';
import { notFoundResponse } from '../../file-headers';
import { serveApplicationFile } from '../../serve-file';

export const dynamic = 'force-dynamic';

/** A file the candidate attached to answer a question (or the resume), only through its application. */
export async function GET(request: Request, { params }: { params: Promise<{ applicationId: string; fileId: string }> }) {
  const { applicationId, fileId } = await params;
  const id = parseId(fileId);
  if (id === null) return notFoundResponse();
  return serveApplicationFile(request, applicationId, { kind: 'answer', fileId: id });
}
