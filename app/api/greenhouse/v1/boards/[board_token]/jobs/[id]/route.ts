import { flag, getJob } from '@/lib/greenhouse/api';
import { appUrl, cachedBoardSource, greenhouseResponse, preflight } from '@/lib/greenhouse/http';

type Context = { params: Promise<{ board_token: string; id: string }> };

/** GET …/jobs/{id}[?questions=true][&pay_transparency=true]: one open job. */
export async function GET(request: Request, { params }: Context) {
  const { board_token, id } = await params;
  const query = new URL(request.url).searchParams;
  const options = { questions: flag(query.get('questions')), payTransparency: flag(query.get('pay_transparency')) };
  return greenhouseResponse(await getJob(cachedBoardSource, board_token, appUrl(), id, options), request);
}

export const OPTIONS = preflight;
