import { listOffices, renderAs } from '@/lib/greenhouse/api';
import { appUrl, cachedBoardResult, cachedBoardSource, greenhouseResponse, preflight } from '@/lib/greenhouse/http';

type Context = { params: Promise<{ board_token: string }> };

/** GET …/offices[?render_as=list|tree]: places, each with its departments and open jobs. */
export async function GET(request: Request, { params }: Context) {
  const { board_token } = await params;
  const shape = renderAs(new URL(request.url).searchParams.get('render_as'));
  return greenhouseResponse(await cachedBoardResult(board_token, ['offices', shape], () => listOffices(cachedBoardSource, board_token, appUrl(), shape)), request);
}

export const OPTIONS = preflight;
