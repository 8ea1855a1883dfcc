import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { getPublicPage, publicPageGeneration, publicPageKey, putPublicPage } from '../../lib/public-page-cache';

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

/**
 * Answers a public page from lib/public-page-cache when it can; otherwise hands the request to
 * Next and, for a cacheable page, keeps a copy of what Next sent (status, headers, bytes).
 */
export function withPublicPageCache(handle: Handler): Handler {
  return (req, res) => {
    const key = publicPageKey(req);
    if (!key) return handle(req, res);
    const hit = getPublicPage(key);
    if (hit) {
      res.writeHead(hit.status, { ...hit.headers, 'x-portico-cache': 'HIT' });
      res.end(req.method === 'HEAD' ? undefined : hit.body);
      return;
    }
    if (req.method === 'HEAD') return handle(req, res);
    record(res, key, publicPageGeneration());
    return handle(req, res);
  };
}

/** Collects what Next writes to `res`, and stores it once the response ends. */
function record(res: ServerResponse, key: string, generation: number): void {
  const chunks: Buffer[] = [];
  let headHeaders: OutgoingHttpHeaders = {};
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  const keep = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
    chunks.push(Buffer.isBuffer(chunk) ? chunk : typeof chunk === 'string' ? Buffer.from(chunk, (typeof encoding === 'string' ? encoding : 'utf8') as BufferEncoding) : Buffer.from(chunk as Uint8Array));
  };
  res.writeHead = ((...args: unknown[]) => {
    const headers = args.find((a, i) => i > 0 && typeof a === 'object' && a !== null && !Array.isArray(a));
    if (headers) headHeaders = headers as OutgoingHttpHeaders;
    return writeHead(...args);
  }) as ServerResponse['writeHead'];
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    keep(chunk, rest[0]);
    return write(chunk, ...rest);
  }) as ServerResponse['write'];
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    keep(chunk, rest[0]);
    const result = end(chunk, ...rest);
    const headers = { ...res.getHeaders(), ...headHeaders } as Record<string, string | string[] | number | undefined>;
    putPublicPage(key, generation, { status: res.statusCode, headers, body: Buffer.concat(chunks) });
    return result;
  }) as ServerResponse['end'];
}
