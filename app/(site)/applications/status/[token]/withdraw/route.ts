import type { NextRequest } from 'next/server';
import { handleStatusPost } from '@/lib/applications/status-post';

/** The candidate withdraws their application (the status page's confirmed form). */
export async function POST(request: NextRequest, { params }: { params: Promise<{ token: string }> }) {
  return handleStatusPost(request, (await params).token, 'withdraw');
}
