import 'server-only';
import { timingSafeEqual } from 'node:crypto';
import { isRequestIdHookInstalled, PRIVATE_PEER_HEADER } from '@/lib/observability/request-id-hook';

export type MetricsAccess = { ok: true } | { ok: false; status: 401 | 403; message: string };

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Who may read /api/metrics. With METRICS_TOKEN set: whoever sends `Authorization: Bearer
 * <token>`, from anywhere. Without it: only a peer on a loopback or private address talking to
 * the instance directly, as told by the socket itself (never by a header a client can write)
 * and with no X-Forwarded-For, X-Real-IP or Forwarded header — so nothing that came through the
 * proxy, whose every request carries X-Forwarded-For.
 */
export function metricsAccess(headers: Pick<Headers, 'get'>, token: string | undefined): MetricsAccess {
  if (token) {
    const given = /^Bearer\s+(\S+)$/i.exec(headers.get('authorization') ?? '')?.[1];
    if (given && sameSecret(given, token)) return { ok: true };
    return { ok: false, status: 401, message: 'Send the metrics token: Authorization: Bearer <METRICS_TOKEN>.' };
  }
  // The marker is trustworthy only where the hook that sets it (and removes clients' copies) runs.
  if (isRequestIdHookInstalled() && headers.get(PRIVATE_PEER_HEADER) === '1') return { ok: true };
  return {
    ok: false,
    status: 403,
    message: 'Metrics are served to loopback and private addresses reaching this instance directly, or with METRICS_TOKEN as a bearer token.',
  };
}
