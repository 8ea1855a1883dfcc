import 'server-only';
import type { DbOrTx } from '@/db/client';
import type { Actor } from '@/db/queries/access';
import { authenticateApiKey, createApiKey, type ApiKeyResult } from '@/db/queries/api-keys';
import { generateApiKeyToken, hashApiKey } from './api-key-token';

// The token is made and hashed here; the queries only ever see its sha256 and visible prefix.

/** Makes a key and returns its token: the only time it exists outside the client's hands. */
export async function issueApiKey(
  actor: Actor,
  input: { name: string },
  conn?: DbOrTx,
): Promise<ApiKeyResult<{ id: number; name: string; prefix: string; token: string }>> {
  const { token, prefix, hash } = generateApiKeyToken();
  const created = await createApiKey(actor, { name: input.name, prefix, tokenHash: hash }, conn);
  return created.ok ? { ok: true, value: { ...created.value, token } } : created;
}

/** The active key a bearer token belongs to, or null (unknown or revoked); notes its use. */
export function apiKeyForToken(token: string, conn?: DbOrTx): Promise<{ id: number; name: string } | null> {
  return authenticateApiKey(hashApiKey(token), conn);
}
