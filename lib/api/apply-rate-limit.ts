import 'server-only';
import { hitRateLimit } from '@/lib/rate-limit';
import { API_APPLY_LIMITS } from './apply-rate-limit-rules';
import type { ApiClient } from './client';

export async function hitApplyRateLimit(client: ApiClient) {
  const rule = API_APPLY_LIMITS[client.kind];
  const result = await hitRateLimit(`api-apply:${client.id}`, rule);
  return {
    ...result,
    headers: {
      'RateLimit-Limit': String(rule.limit),
      'RateLimit-Remaining': String(result.remaining),
      'RateLimit-Reset': String(result.retryAfterSeconds),
    },
  };
}
