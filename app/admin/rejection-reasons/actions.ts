'use server';

import { revalidatePath } from 'next/cache';
import type { z } from 'zod';
import type { Actor } from '@/db/queries/access';
import type { ReasonWrite } from '@/db/queries/rejection-reasons';
import type { ActionState } from '@/lib/action-state';
import { ACTION_MESSAGES } from '@/lib/actions/messages';
import { refuse, runAction } from '@/lib/actions/run-action';
import { addRejectionReason, archiveRejectionReason, renameRejectionReasonService } from '@/lib/rejection-reasons';
import { REJECTION_REASON_MESSAGES, rejectionReasonIdSchema, rejectionReasonLabelSchema } from '@/lib/validations/rejection-reason';

type State = ActionState<'label'>;

const REFUSALS = {
  forbidden: ACTION_MESSAGES.forbidden,
  duplicate: REJECTION_REASON_MESSAGES.duplicate,
  'not-found': REJECTION_REASON_MESSAGES.notFound,
  'last-one': REJECTION_REASON_MESSAGES.lastOne,
} as const;

const idAndLabelSchema = rejectionReasonIdSchema.extend(rejectionReasonLabelSchema.shape);

/** The three changes to the list differ only in their input, their write and their words. */
function changeReasons<I>(name: string, input: unknown, schema: z.ZodType<I>, write: (actor: Actor, input: I) => Promise<ReasonWrite>, done: (input: I) => string): Promise<State> {
  return runAction({
    name,
    role: 'admin',
    input,
    schema,
    fields: ['label'] as const,
    invalid: 'Nothing was saved.',
    act: async (actor, parsed) => {
      const result = await write(actor, parsed);
      if (result.ok) return true;
      return result.reason === 'duplicate' ? refuse<'label'>(REFUSALS.duplicate, { label: [REFUSALS.duplicate] }) : refuse(REFUSALS[result.reason]);
    },
    answer: (_done, parsed) => {
      revalidatePath('/admin/rejection-reasons');
      revalidatePath('/dashboard', 'layout');
      return { status: 'success', message: done(parsed) };
    },
  });
}

export async function addRejectionReasonAction(_previous: State, formData: FormData): Promise<State> {
  return changeReasons(
    'addRejectionReasonAction',
    { label: formData.get('label') ?? '' },
    rejectionReasonLabelSchema,
    (actor, { label }) => addRejectionReason(actor, label),
    ({ label }) => `Added “${label}”.`,
  );
}

export async function renameRejectionReasonAction(_previous: State, formData: FormData): Promise<State> {
  return changeReasons(
    'renameRejectionReasonAction',
    { id: formData.get('id'), label: formData.get('label') ?? '' },
    idAndLabelSchema,
    (actor, { id, label }) => renameRejectionReasonService(actor, id, label),
    () => 'Saved. Past rejections show the new wording.',
  );
}

export async function archiveRejectionReasonAction(_previous: State, formData: FormData): Promise<State> {
  const archived = formData.get('archived') === 'true';
  return changeReasons(
    'archiveRejectionReasonAction',
    { id: formData.get('id') },
    rejectionReasonIdSchema,
    (actor, { id }) => archiveRejectionReason(actor, id, archived),
    () => (archived ? 'Archived: no longer offered; past rejections keep it.' : 'Restored.'),
  );
}
