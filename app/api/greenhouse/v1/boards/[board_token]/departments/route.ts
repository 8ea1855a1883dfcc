import { listDepartments, renderAs } from '@/lib/greenhouse/api';
import { appUrl, cachedBoardResult, cachedBoardSource, greenhouseResponse, preflight } from '@/lib/greenhouse/http';

type Context = { params: Promise<{ board_token: string }> };

/** GET …/departments[?render_as=list|tree]: departments with their open jobs. */
export async function GET(request: Request, { params }: Context) {
  const { board_token } = await params;
  const shape = renderAs(new URL(request.url).searchParams.get('render_as'));
  return greenhouseResponse(await cachedBoardResult(board_token, ['departments', shape], () => listDepartments(cachedBoardSource, board_token, appUrl(), shape)), request);
}

export const OPTIONS = preflight;
