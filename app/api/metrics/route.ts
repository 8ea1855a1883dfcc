import { env } from '@/lib/env';
import { metricsAccess } from '@/lib/metrics/access';
import { refreshScrapedMetrics } from '@/lib/metrics/catalog';
import { register } from '@/lib/metrics/registry';

// Prometheus scrapes this instance. Never cached: every scrape is now.
export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  const access = metricsAccess(request.headers, env.METRICS_TOKEN);
  if (!access.ok) {
    return new Response(access.message, {
      status: access.status,
      headers: {
        'Content-Type': 'text/plain; charset=utf-8',
        'Cache-Control': 'no-store',
        ...(access.status === 401 ? { 'WWW-Authenticate': 'Bearer realm="metrics"' } : {}),
      },
    });
  }
  await refreshScrapedMetrics();
  return new Response(await register.metrics(), { headers: { 'Content-Type': register.contentType, 'Cache-Control': 'no-store' } });
}
