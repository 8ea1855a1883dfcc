import 'server-only';
import { logger } from '@/lib/logger';
import { loggableError } from '@/lib/logging/loggable-error';
import { identifyClient, type ApiClient } from './client';
import type { CorsKind } from './cors';
import { problemResponse } from './problem';

// Every /api/v1 handler runs inside this: an unexpected error is logged and answered as a
// problem (never Next's HTML error page), and a bad API key is refused before any work.

type Handler<P> = (request: Request, context: { params: P; client: ApiClient }) => Promise<Response>;

export function apiHandler<P = Record<string, never>>(cors: CorsKind, handler: Handler<P>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    const instance = new URL(request.url).pathname;
    try {
      const identified = await identifyClient(request);
      if (!identified.ok) return problemResponse('unauthorized', identified.detail, { instance, cors, headers: { 'WWW-Authenticate': 'Bearer' } });
      return await handler(request, { params: await context.params, client: identified.client });
    } catch (error) {
      // Not the error itself: drizzle's message lists query parameters (a candidate's details).
      logger.error({ err: loggableError(error), path: instance, method: request.method }, 'API request failed');
      return problemResponse('internal', 'The request could not be completed. Please try again later.', { instance, cors });
    }
  };
}
