import { getOffice, renderAs } from '@/lib/greenhouse/api';
import { appUrl, cachedBoardSource, greenhouseResponse, preflight } from '@/lib/greenhouse/http';

type Context = { params: Promise<{ board_token: string; id: string }> };

/** GET …/offices/{id}[?render_as=list|tree]: one place with its departments and open jobs. */
export async function GET(request: Request, { params }: Context) {
  const { board_token, id } = await params;
  const shape = renderAs(new URL(request.url).searchParams.get('render_as'));
  return greenhouseResponse(await getOffice(cachedBoardSource, board_token, appUrl(), id, shape), request);
}

export const OPTIONS = preflight;
