import type { NextRequest } from 'next/server';
import { handlePickPost } from '@/lib/interviews/status-routes';

/** The candidate picks one of the offered interview times (a plain form on the status page). */
export async function POST(request: NextRequest, { params }: { params: Promise<{ token: string }> }) {
  return handlePickPost(request, (await params).token);
}
