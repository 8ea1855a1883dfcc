import type { NextRequest } from 'next/server';
import { handleStatusPost } from '@/lib/applications/status-post';

/** The candidate deletes their data for this application (the status page's confirmed form). */
export async function POST(request: NextRequest, { params }: { params: Promise<{ token: string }> }) {
  return handleStatusPost(request, (await params).token, 'delete');
}
