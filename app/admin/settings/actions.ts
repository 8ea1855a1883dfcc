'use server';

import { revalidatePath } from 'next/cache';
import { loggableError } from '@/lib/logging/loggable-error';
import { updateSettings, type UpdateSettingsResult } from '@/db/queries/admin-settings';
import { errorState } from '@/lib/action-state';
import { authorizeAction } from '@/lib/auth/guards';
import { logger } from '@/lib/logger';
import { revalidatePublicJobs, revalidateSettings } from '@/lib/revalidate-jobs';
import { SETTINGS_MESSAGES, settingsSchema, type SettingsActionState, type SettingsField, type SettingsValues } from '@/lib/validations/settings';
import { ACTION_MESSAGES, authorizationMessage } from '@/lib/actions/messages';
import { zodFieldErrors } from '@/lib/actions/field-errors';

const TEXT_FIELDS = ['companyName', 'companySlug', 'companyUrl', 'logoUrl', 'accentColor', 'careersIntro', 'privacyText', 'retentionDays'] as const;

export async function updateSettingsAction(_previous: SettingsActionState, formData: FormData): Promise<SettingsActionState> {
  const auth = await authorizeAction('admin');
  if (!auth.ok) {
    return errorState(authorizationMessage(auth.error));
  }
  const values: SettingsValues = Object.fromEntries(TEXT_FIELDS.map((name) => [name, String(formData.get(name) ?? '')]));
  values.requirePayRange = formData.get('requirePayRange') === 'on';
  const parsed = settingsSchema.safeParse(values);
  if (!parsed.success) {
    return { ...errorState<SettingsField>('Check the fields marked below.', zodFieldErrors(parsed.error)), values };
  }
  let result: UpdateSettingsResult;
  try {
    result = await updateSettings(auth.user, parsed.data, String(formData.get('version') ?? ''));
  } catch (error) {
    logger.error({ err: loggableError(error) }, 'updateSettingsAction failed');
    return { ...errorState<SettingsField>('Something went wrong on our side and nothing was saved. Please try again.'), values };
  }
  if (!result.ok) {
    const message = result.reason === 'stale' ? SETTINGS_MESSAGES.stale : result.reason === 'forbidden' ? ACTION_MESSAGES.forbidden : 'The settings are missing: run `npm run db:seed`.';
    return { ...errorState<SettingsField>(message), values };
  }
  if (result.changed.length === 0) return { status: 'success', message: 'Nothing had changed, so nothing was saved.' };
  // Company name, colours and intro are on every public page, and in each job page's JSON-LD.
  revalidateSettings();
  revalidatePublicJobs();
  revalidatePath('/admin/settings');
  return { status: 'success', message: 'Settings saved. The careers site shows them now.' };
}
