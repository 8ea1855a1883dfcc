'use server';

import { revalidatePath } from 'next/cache';
import { updateSettings } from '@/db/queries/admin-settings';
import { ACTION_MESSAGES } from '@/lib/actions/messages';
import { refuse, runAction } from '@/lib/actions/run-action';
import { revalidatePublicJobs, revalidateSettings } from '@/lib/revalidate-jobs';
import { SETTINGS_MESSAGES, settingsSchema, type SettingsActionState, type SettingsField, type SettingsValues } from '@/lib/validations/settings';

const TEXT_FIELDS = ['companyName', 'companySlug', 'companyUrl', 'logoUrl', 'accentColor', 'careersIntro', 'privacyText', 'retentionDays'] as const;

export async function updateSettingsAction(_previous: SettingsActionState, formData: FormData): Promise<SettingsActionState> {
  const values: SettingsValues = Object.fromEntries(TEXT_FIELDS.map((name) => [name, String(formData.get(name) ?? '')]));
  values.requirePayRange = formData.get('requirePayRange') === 'on';
  return runAction({
    name: 'updateSettingsAction',
    role: 'admin',
    input: values,
    schema: settingsSchema,
    fields: [...TEXT_FIELDS, 'requirePayRange'] satisfies SettingsField[],
    invalid: 'Check the fields marked below.',
    echo: { values },
    act: async (actor, input) => {
      const result = await updateSettings(actor, input, String(formData.get('version') ?? ''));
      if (result.ok) return result.changed;
      return refuse(result.reason === 'stale' ? SETTINGS_MESSAGES.stale : result.reason === 'forbidden' ? ACTION_MESSAGES.forbidden : 'The settings are missing: run `npm run db:seed`.');
    },
    answer: (changed) => {
      if (changed.length === 0) return { status: 'success', message: 'Nothing had changed, so nothing was saved.' };
      // Company name, colours and intro are on every public page, and in each job page's JSON-LD.
      revalidateSettings();
      revalidatePublicJobs();
      revalidatePath('/admin/settings');
      return { status: 'success', message: 'Settings saved. The careers site shows them now.' };
    },
  });
}
