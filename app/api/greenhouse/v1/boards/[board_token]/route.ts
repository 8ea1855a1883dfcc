import { getBoard } from '@/lib/greenhouse/api';
import { appUrl, cachedBoardSource, greenhouseResponse, preflight } from '@/lib/greenhouse/http';

type Context = { params: Promise<{ board_token: string }> };

/** GET /api/greenhouse/v1/boards/{board_token}: the board's name and intro. */
export async function GET(request: Request, { params }: Context) {
  const { board_token } = await params;
  return greenhouseResponse(await getBoard(cachedBoardSource, board_token, appUrl()), request);
}

export const OPTIONS = preflight;
