'use server';

import { revalidatePath } from 'next/cache';
import { createTalentPool } from '@/db/queries/talent-pools';
import { errorState } from '@/lib/action-state';
import { parseFailure } from '@/lib/actions/field-errors';
import { ACTION_MESSAGES } from '@/lib/actions/messages';
import { authorizeAction } from '@/lib/auth/guards';
import { logger } from '@/lib/logger';
import { loggableError } from '@/lib/logging/loggable-error';
import { POOL_MESSAGES, poolNameSchema, type PoolNameActionState } from '@/lib/validations/talent-pool';

const CHECK_FIELDS = 'Nothing was saved. Check the name.';
const UNEXPECTED = 'Something went wrong on our side and nothing was saved. Please try again.';

/** Starts a company-wide talent pool. */
export async function createTalentPoolAction(_previous: PoolNameActionState, formData: FormData): Promise<PoolNameActionState> {
  const auth = await authorizeAction();
  if (!auth.ok) return errorState<'name'>(ACTION_MESSAGES.signedOut);
  const name = formData.get('name');
  const echo = typeof name === 'string' ? { name } : {};
  const parsed = poolNameSchema.safeParse({ name: name ?? undefined });
  if (!parsed.success) {
    const { message, fieldErrors } = parseFailure<'name'>(parsed.error, ['name'], CHECK_FIELDS);
    return { ...errorState<'name'>(message, fieldErrors), ...echo };
  }
  try {
    const result = await createTalentPool({ id: auth.user.id, role: auth.user.role }, parsed.data.name);
    if (!result.ok) return { ...errorState<'name'>(CHECK_FIELDS, { name: [POOL_MESSAGES.taken] }), ...echo };
  } catch (error) {
    logger.error({ err: loggableError(error) }, 'createTalentPoolAction failed');
    return { ...errorState<'name'>(UNEXPECTED), ...echo };
  }
  revalidatePath('/dashboard/candidates/pools');
  return { status: 'success', message: `Pool “${parsed.data.name}” created` };
}
