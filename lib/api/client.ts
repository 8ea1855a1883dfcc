import 'server-only';
import { clientIp } from '@/lib/auth/client-ip';
import { readBearerToken } from './api-key-token';
import { apiKeyForToken } from './api-keys';

// Who is calling: anyone (by IP) or a server holding an API key. A key buys higher rate limits
// and names the source of its applications; a bad key is refused rather than ignored, so a
// revoked integration fails loudly instead of silently falling back to the anonymous limits.

export type ApiClient =
  | { kind: 'anonymous'; id: string }
  | { kind: 'key'; id: string; keyId: number; keyName: string };

export type ClientResult = { ok: true; client: ApiClient } | { ok: false; detail: string };

export async function identifyClient(request: Request): Promise<ClientResult> {
  const bearer = readBearerToken(request.headers.get('authorization'));
  if (bearer.kind === 'none') return { ok: true, client: { kind: 'anonymous', id: `ip:${clientIp(request.headers)}` } };
  if (bearer.kind === 'malformed') return { ok: false, detail: 'Send the API key as "Authorization: Bearer ptc_…".' };
  const key = await apiKeyForToken(bearer.token);
  if (!key) return { ok: false, detail: 'This API key is unknown or has been revoked.' };
  return { ok: true, client: { kind: 'key', id: `key:${key.id}`, keyId: key.id, keyName: key.name } };
}
