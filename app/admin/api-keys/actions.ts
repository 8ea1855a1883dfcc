'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { revokeApiKey } from '@/db/queries/api-keys';
import { issueApiKey } from '@/lib/api/api-keys';
import { ACTION_MESSAGES } from '@/lib/actions/messages';
import { refuse, runAction } from '@/lib/actions/run-action';
import { authorizeAction } from '@/lib/auth/guards';
import { loggableError } from '@/lib/logging/loggable-error';
import { logger } from '@/lib/logger';
import { isRowId } from '@/lib/validations/row-id';
import { API_KEY_MESSAGES, apiKeySchema, type ApiKeyField, type CreateApiKeyState } from '@/lib/validations/api-key';

/** Creates a key and hands its token back in the state: the one time anyone sees it. */
export async function createApiKeyAction(_previous: CreateApiKeyState, formData: FormData): Promise<CreateApiKeyState> {
  return runAction({
    name: 'createApiKeyAction',
    role: 'admin',
    input: { name: formData.get('name') ?? '' },
    schema: apiKeySchema,
    fields: ['name'] satisfies ApiKeyField[],
    invalid: API_KEY_MESSAGES.invalid,
    act: async (actor, input) => {
      const result = await issueApiKey(actor, input);
      return result.ok ? result.value : refuse(ACTION_MESSAGES.forbidden);
    },
    answer: (key): CreateApiKeyState => {
      revalidatePath('/admin/api-keys');
      return { status: 'success', message: API_KEY_MESSAGES.created, token: key.token, name: key.name };
    },
  });
}

const REVOKE_NOTICES = { 'not-found': 'missing', 'already-revoked': 'already-revoked', forbidden: 'forbidden' } as const;

/**
 * Bound to the key's id by the page; a plain form post, so it works without JavaScript. Not on
 * the runner: it answers with a redirect and a notice, not a form state.
 */
export async function revokeApiKeyAction(id: number): Promise<void> {
  const auth = await authorizeAction('admin');
  if (!auth.ok) redirect('/admin/api-keys?notice=forbidden');
  if (!isRowId(id)) redirect(`/admin/api-keys?notice=${REVOKE_NOTICES['not-found']}`);
  let notice: string;
  try {
    const result = await revokeApiKey(auth.user, id);
    notice = result.ok ? 'revoked' : REVOKE_NOTICES[result.reason];
  } catch (error) {
    logger.error({ err: loggableError(error), id }, 'API key revocation failed');
    notice = 'failed';
  }
  revalidatePath('/admin/api-keys');
  redirect(`/admin/api-keys?notice=${notice}`);
}
