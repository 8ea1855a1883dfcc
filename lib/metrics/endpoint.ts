import 'server-only';
import { metricsAccess } from './access';
import { refreshScrapedMetrics } from './catalog';
import { register } from './registry';

/** GET /api/metrics: the registry in Prometheus's text format, to those metricsAccess lets in. */
export async function metricsResponse(request: Request, token: string | undefined): Promise<Response> {
  const access = metricsAccess(request.headers, token);
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
