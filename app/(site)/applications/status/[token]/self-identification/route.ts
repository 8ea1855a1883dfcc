import type { NextRequest } from 'next/server';
import { handleEeoPost } from '@/lib/eeo/status-post';

/** The candidate's voluntary self-identification answers (the status page's form). */
export async function POST(request: NextRequest, { params }: { params: Promise<{ token: string }> }) {
  return handleEeoPost(request, (await params).token);
}
