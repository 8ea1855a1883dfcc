import { z } from 'zod';
import type { ActionState } from '@/lib/action-state';

// The admin's "create API key" form (client-safe).

export const API_KEY_MESSAGES = {
  invalid: 'The key was not created. Check the name below.',
  nameMissing: 'Enter a name that says who uses the key, e.g. "Partner job widget"',
  nameTooLong: 'Keep the name to 100 characters or fewer',
  created: 'API key created. Copy it now: it will not be shown again.',
  revoked: 'API key revoked. Requests that use it now get a 401.',
  notFound: 'That key no longer exists.',
  alreadyRevoked: 'That key was already revoked.',
} as const;

export const apiKeySchema = z.object({
  name: z.string({ error: API_KEY_MESSAGES.nameMissing }).trim().min(1, API_KEY_MESSAGES.nameMissing).max(100, API_KEY_MESSAGES.nameTooLong),
});

export type ApiKeyField = keyof z.infer<typeof apiKeySchema>;

/** On success the new token rides along, once: it is never stored or shown again. */
export type CreateApiKeyState = ActionState<ApiKeyField> & { token?: string; name?: string };
