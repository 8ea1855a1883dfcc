import 'server-only';
import { unstable_cache } from 'next/cache';
import { TAGS } from '@/lib/domain/cache-tags';
import { corsHeaders } from './cors';
import { etagMatches, READ_CACHE_CONTROL, strongEtag } from './etag';

// The list endpoints' answers, serialised once and kept with their ETag in Next's data cache
// under the public job tag: a posting change expires them with the board. Per request only the
// cache lookup and the If-None-Match comparison remain.

export interface SerialisedBody {
  body: string;
  etag: string;
}

/** Reads (or builds and keeps) the JSON body for `key`; the hourly revalidate is a backstop for closing dates. */
export function cachedBody(key: string[], build: () => Promise<unknown>): Promise<SerialisedBody> {
  const serialise = async (): Promise<SerialisedBody> => {
    const body = JSON.stringify(await build());
    return { body, etag: strongEtag(body) };
  };
  return unstable_cache(serialise, ['api-body', ...key], { tags: [TAGS.jobs], revalidate: 3600 })().catch((error: unknown) => {
    // Outside a Next.js server (the route handlers' integration tests call them directly) there
    // is no cache to keep it in: build the body each time, as the server would on a miss.
    if (error instanceof Error && error.message.includes('incrementalCache missing')) return serialise();
    throw error;
  });
}

/** cachedJsonResponse (lib/api/etag.ts) for a body serialised beforehand. */
export function serialisedJsonResponse(request: Request, { body, etag }: SerialisedBody): Response {
  const headers = { ...corsHeaders('read'), 'Cache-Control': READ_CACHE_CONTROL, ETag: etag, Vary: 'Accept-Encoding' };
  if (etagMatches(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers });
  return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' } });
}
