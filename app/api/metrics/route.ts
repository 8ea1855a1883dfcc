import { env } from '@/lib/env';
import { metricsResponse } from '@/lib/metrics/endpoint';

// Prometheus scrapes each instance here (who may: lib/metrics/access.ts). Never cached.
export const dynamic = 'force-dynamic';

export function GET(request: Request): Promise<Response> {
  return metricsResponse(request, env.METRICS_TOKEN);
}
