// The board's URL state as one path segment, so that each distinct search is a page of its own
// in Next's cache: proxy.ts sends `/jobs?q=…&…` to `/board/<segment>`, and the cached
// board/[view] route reads the state back. Only canonical states have a segment (the proxy
// redirects the others first), so one search is one cache entry however it was spelled.
import { boardHref, hasBoardFilters, parseBoardParams, type BoardParams } from './board-params';

/** The unfiltered first page. */
export const ALL_JOBS_VIEW = 'all';

const toBase64Url = (text: string) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(text)))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');

function fromBase64Url(segment: string): string | null {
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(segment)) return null;
  try {
    const binary = atob(segment.replaceAll('-', '+').replaceAll('_', '/'));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

/** `all`, or the canonical query string in base64url. */
export function boardViewSegment(params: BoardParams): string {
  if (!hasBoardFilters(params) && params.page <= 1) return ALL_JOBS_VIEW;
  return toBase64Url(boardHref(params).slice('/jobs?'.length));
}

/** The board state of a segment; null unless the segment is exactly what boardViewSegment makes. */
export function parseBoardView(segment: string): BoardParams | null {
  if (segment === ALL_JOBS_VIEW) return { page: 1 };
  const query = fromBase64Url(segment);
  if (query === null) return null;
  const params = parseBoardParams(Object.fromEntries(new URLSearchParams(query)));
  return boardViewSegment(params) === segment ? params : null;
}
