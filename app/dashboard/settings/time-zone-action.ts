'use server';

import { revalidatePath } from 'next/cache';
import { updateUserTimeZone } from '@/db/queries/time-zones';
import { errorState, type ActionState } from '@/lib/action-state';
import { authorizeAction } from '@/lib/auth/guards';
import { logger } from '@/lib/logger';
import { userTimeZoneSchema } from '@/lib/validations/hiring-settings';
import { loggableError } from '@/lib/logging/loggable-error';
import { ACTION_MESSAGES } from '@/lib/actions/messages';
import { zodFieldErrors } from '@/lib/actions/field-errors';

/** Each user sets their own zone (the id is the session's): times in the dashboard and emails follow it. */
export async function updateTimeZoneAction(_previous: ActionState<'timeZone'>, formData: FormData): Promise<ActionState<'timeZone'>> {
  const auth = await authorizeAction();
  if (!auth.ok) return errorState(ACTION_MESSAGES.signedOut);
  const parsed = userTimeZoneSchema.safeParse({ timeZone: formData.get('timeZone') ?? '' });
  if (!parsed.success) return errorState('Nothing was saved.', zodFieldErrors(parsed.error));
  try {
    await updateUserTimeZone(auth.user.id, parsed.data.timeZone);
  } catch (error) {
    logger.error({ err: loggableError(error) }, 'updateTimeZoneAction failed');
    return errorState('Something went wrong on our side and nothing was saved. Please try again.');
  }
  revalidatePath('/dashboard', 'layout');
  return { status: 'success', message: parsed.data.timeZone ? `Saved. Times are shown in ${parsed.data.timeZone}.` : 'Saved. Times are shown in the company’s time zone.' };
}
