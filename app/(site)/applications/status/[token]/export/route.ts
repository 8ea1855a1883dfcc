import { handleStatusExport } from '@/lib/applications/status-export';

// Per request, never cached: the candidate's data, behind the token in the path.
export const dynamic = 'force-dynamic';

/** "Download my data": a ZIP of everything held about the candidate (data.json and their files). */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  return handleStatusExport(request, (await params).token);
}
