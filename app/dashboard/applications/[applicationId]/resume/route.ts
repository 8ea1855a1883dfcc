import { serveApplicationFile } from '../serve-file';

// Always per request and per user: a resume must never be cached or served from a static build.
export const dynamic = 'force-dynamic';

/** The application's resume: inline for the PDF preview, an attachment with ?download=1 or for Word files. */
export async function GET(request: Request, { params }: { params: Promise<{ applicationId: string }> }) {
  const { applicationId } = await params;
  return serveApplicationFile(request, applicationId, { kind: 'resume' });
}
