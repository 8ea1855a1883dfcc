'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { createApiKey, revokeApiKey } from '@/db/queries/api-keys';
import { errorState } from '@/lib/action-state';
import { ADMIN_MESSAGES, adminActor } from '@/lib/jobs/admin-action';
import { loggableError } from '@/lib/logging/loggable-error';
import { logger } from '@/lib/logger';
import { isRowId } from '@/lib/validations/row-id';
import { API_KEY_MESSAGES, apiKeySchema, type CreateApiKeyState } from '@/lib/validations/api-key';

/** Creates a key and hands its token back in the state: the one time anyone sees it. */
export async function createApiKeyAction(_previous: CreateApiKeyState, formData: FormData): Promise<CreateApiKeyState> {
  const auth = await adminActor();
  if (!auth.ok) return auth.state;
  const parsed = apiKeySchema.safeParse({ name: formData.get('name') ?? '' });
  if (!parsed.success) return errorState(API_KEY_MESSAGES.invalid, { name: parsed.error.issues.map((i) => i.message) });
  let state: CreateApiKeyState;
  try {
    const result = await createApiKey(auth.actor, parsed.data);
    if (!result.ok) return errorState(ADMIN_MESSAGES.forbidden);
    state = { status: 'success', message: API_KEY_MESSAGES.created, token: result.value.token, name: result.value.name };
  } catch (error) {
    logger.error({ err: loggableError(error) }, 'API key creation failed');
    return errorState(ADMIN_MESSAGES.unexpected);
  }
  revalidatePath('/admin/api-keys');
  return state;
}

const REVOKE_NOTICES = { 'not-found': 'missing', 'already-revoked': 'already-revoked', forbidden: 'forbidden' } as const;

/** Bound to the key's id by the page; a plain form post, so it works without JavaScript. */
export async function revokeApiKeyAction(id: number): Promise<void> {
  const auth = await adminActor();
  if (!auth.ok) redirect('/admin/api-keys?notice=forbidden');
  if (!isRowId(id)) redirect(`/admin/api-keys?notice=${REVOKE_NOTICES['not-found']}`);
  let notice: string;
  try {
    const result = await revokeApiKey(auth.actor, id);
    notice = result.ok ? 'revoked' : REVOKE_NOTICES[result.reason];
  } catch (error) {
    logger.error({ err: loggableError(error), id }, 'API key revocation failed');
    notice = 'failed';
  }
  revalidatePath('/admin/api-keys');
  redirect(`/admin/api-keys?notice=${notice}`);
}
