'use server';

import { revalidatePath } from 'next/cache';
import type { ReasonWrite } from '@/db/queries/rejection-reasons';
import { errorState, type ActionState } from '@/lib/action-state';
import { authorizeAction } from '@/lib/auth/guards';
import { logger } from '@/lib/logger';
import { addRejectionReason, archiveRejectionReason, renameRejectionReasonService } from '@/lib/rejection-reasons';
import { REJECTION_REASON_MESSAGES, rejectionReasonIdSchema, rejectionReasonLabelSchema } from '@/lib/validations/rejection-reason';
import { loggableError } from '@/lib/logging/loggable-error';
import { ACTION_MESSAGES } from '@/lib/actions/messages';
import { zodFieldErrors } from '@/lib/actions/field-errors';

type State = ActionState<'label'>;

async function answer(work: () => Promise<ReasonWrite>, success: string): Promise<State> {
  let result: ReasonWrite;
  try {
    result = await work();
  } catch (error) {
    logger.error({ err: loggableError(error) }, 'Rejection reason action failed');
    return errorState('Something went wrong on our side and nothing was saved. Please try again.');
  }
  if (!result.ok) {
    const messages = { forbidden: ACTION_MESSAGES.forbidden, duplicate: REJECTION_REASON_MESSAGES.duplicate, 'not-found': REJECTION_REASON_MESSAGES.notFound, 'last-one': REJECTION_REASON_MESSAGES.lastOne };
    return result.reason === 'duplicate' ? errorState(messages.duplicate, { label: [messages.duplicate] }) : errorState(messages[result.reason]);
  }
  revalidatePath('/admin/rejection-reasons');
  revalidatePath('/dashboard', 'layout');
  return { status: 'success', message: success };
}

async function admin() {
  const auth = await authorizeAction('admin');
  return auth.ok ? auth.user : null;
}

export async function addRejectionReasonAction(_previous: State, formData: FormData): Promise<State> {
  const user = await admin();
  if (!user) return errorState(ACTION_MESSAGES.forbidden);
  const parsed = rejectionReasonLabelSchema.safeParse({ label: formData.get('label') ?? '' });
  if (!parsed.success) return errorState('Nothing was saved.', zodFieldErrors(parsed.error));
  return answer(() => addRejectionReason(user, parsed.data.label), `Added “${parsed.data.label}”.`);
}

export async function renameRejectionReasonAction(_previous: State, formData: FormData): Promise<State> {
  const user = await admin();
  if (!user) return errorState(ACTION_MESSAGES.forbidden);
  const id = rejectionReasonIdSchema.safeParse({ id: formData.get('id') });
  const parsed = rejectionReasonLabelSchema.safeParse({ label: formData.get('label') ?? '' });
  if (!id.success) return errorState(REJECTION_REASON_MESSAGES.notFound);
  if (!parsed.success) return errorState('Nothing was saved.', zodFieldErrors(parsed.error));
  return answer(() => renameRejectionReasonService(user, id.data.id, parsed.data.label), 'Saved. Past rejections show the new wording.');
}

export async function archiveRejectionReasonAction(_previous: State, formData: FormData): Promise<State> {
  const user = await admin();
  if (!user) return errorState(ACTION_MESSAGES.forbidden);
  const id = rejectionReasonIdSchema.safeParse({ id: formData.get('id') });
  if (!id.success) return errorState(REJECTION_REASON_MESSAGES.notFound);
  const archived = formData.get('archived') === 'true';
  return answer(() => archiveRejectionReason(user, id.data.id, archived), archived ? 'Archived: no longer offered; past rejections keep it.' : 'Restored.');
}
