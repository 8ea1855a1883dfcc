import { flag, listJobs } from '@/lib/greenhouse/api';
import { appUrl, cachedBoardResult, cachedBoardSource, greenhouseResponse, preflight } from '@/lib/greenhouse/http';

type Context = { params: Promise<{ board_token: string }> };

/** GET …/jobs[?content=true]: every open job; with content, its description, department and office. */
export async function GET(request: Request, { params }: Context) {
  const { board_token } = await params;
  const content = flag(new URL(request.url).searchParams.get('content'));
  return greenhouseResponse(await cachedBoardResult(board_token, ['jobs', String(content)], () => listJobs(cachedBoardSource, board_token, appUrl(), content)), request);
}

export const OPTIONS = preflight;
