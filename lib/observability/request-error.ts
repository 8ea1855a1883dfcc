import 'server-only';
import { logger } from '@/lib/logger';
import { isWellFormedRequestId, REQUEST_ID_HEADER } from './request-id';

interface RequestErrorContext {
  routerKind: string;
  routePath: string;
  routeType: string;
}

/**
 * One line per server error that Next hands to the client as a digest: the digest (what the
 * error page shows) beside the request id, so support finds the request's other lines from
 * either. Ids and kinds only: an error's message may hold what a person typed.
 */
export function logRequestError(error: unknown, request: { path: string; method: string; headers: Record<string, string | string[] | undefined> }, context: RequestErrorContext): void {
  const header = request.headers[REQUEST_ID_HEADER];
  const requestId = typeof header === 'string' && isWellFormedRequestId(header) ? header : undefined;
  const digest = (error as { digest?: unknown })?.digest;
  logger.error(
    {
      ...(requestId ? { requestId } : {}),
      digest: typeof digest === 'string' ? digest : undefined,
      errorName: error instanceof Error ? error.name : typeof error,
      method: request.method,
      route: context.routePath,
      routeType: context.routeType,
      routerKind: context.routerKind,
    },
    'Request failed',
  );
}
