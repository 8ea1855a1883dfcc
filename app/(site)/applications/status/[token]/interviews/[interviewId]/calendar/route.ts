import type { NextRequest } from 'next/server';
import { handleCalendarGet } from '@/lib/interviews/status-routes';

/** The candidate's interview as a calendar file. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ token: string; interviewId: string }> }) {
  const { token, interviewId } = await params;
  return handleCalendarGet(request, token, interviewId);
}
