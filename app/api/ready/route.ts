import { connection } from 'next/server';
import { pingDatabase } from '@/db';
import { logger } from '@/lib/logger';
import { isDraining } from '@/lib/startup/draining';
import { loggableError } from '@/lib/logging/loggable-error';

// Readiness: a load balancer sends traffic only while the database answers, and never to an
// instance that has started shutting down (lib/startup/graceful-shutdown.ts).
export async function GET() {
  await connection();
  if (isDraining()) return Response.json({ status: 'draining' }, { status: 503, headers: { 'Cache-Control': 'no-store' } });
  try {
    await pingDatabase();
    return Response.json({ status: 'ready' }, { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    logger.error({ err: loggableError(error) }, 'readiness check failed');
    return Response.json({ status: 'unavailable' }, { status: 503, headers: { 'Cache-Control': 'no-store' } });
  }
}
