'use server';

import { revalidatePath } from 'next/cache';
import { errorState, type ActionState } from '@/lib/action-state';
import { authorizeAction } from '@/lib/auth/guards';
import { saveHiringSettings } from '@/lib/hiring-settings';
import { logger } from '@/lib/logger';
import { hiringSettingsSchema, type HiringSettingsField } from '@/lib/validations/hiring-settings';
import { loggableError } from '@/lib/logging/loggable-error';
import { ACTION_MESSAGES, authorizationMessage } from '@/lib/actions/messages';
import { zodFieldErrors } from '@/lib/actions/field-errors';

/** The company's time zone, Reply-To and whether hiring teams may edit their jobs' stages. */
export async function updateHiringSettingsAction(_previous: ActionState<HiringSettingsField>, formData: FormData): Promise<ActionState<HiringSettingsField>> {
  const auth = await authorizeAction('admin');
  if (!auth.ok) return errorState(authorizationMessage(auth.error));
  const parsed = hiringSettingsSchema.safeParse({ timeZone: formData.get('timeZone') ?? '', replyToEmail: formData.get('replyToEmail') ?? '', teamsEditStages: formData.get('teamsEditStages') ?? undefined, eeoEnabled: formData.get('eeoEnabled') ?? undefined });
  if (!parsed.success) return errorState('Check the fields marked below.', zodFieldErrors(parsed.error));
  try {
    if (!(await saveHiringSettings(auth.user, parsed.data))) return errorState(ACTION_MESSAGES.forbidden);
  } catch (error) {
    logger.error({ err: loggableError(error) }, 'updateHiringSettingsAction failed');
    return errorState('Something went wrong on our side and nothing was saved. Please try again.');
  }
  revalidatePath('/admin/settings');
  revalidatePath('/dashboard', 'layout');
  return { status: 'success', message: 'Hiring settings saved.' };
}
