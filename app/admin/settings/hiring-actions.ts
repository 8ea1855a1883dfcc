'use server';

import { revalidatePath } from 'next/cache';
import type { ActionState } from '@/lib/action-state';
import { ACTION_MESSAGES } from '@/lib/actions/messages';
import { refuse, runAction } from '@/lib/actions/run-action';
import { saveHiringSettings } from '@/lib/hiring-settings';
import { hiringSettingsSchema, type HiringSettingsField } from '@/lib/validations/hiring-settings';

/** The company's time zone, Reply-To and whether hiring teams may edit their jobs' stages. */
export async function updateHiringSettingsAction(_previous: ActionState<HiringSettingsField>, formData: FormData): Promise<ActionState<HiringSettingsField>> {
  return runAction({
    name: 'updateHiringSettingsAction',
    role: 'admin',
    input: { timeZone: formData.get('timeZone') ?? '', replyToEmail: formData.get('replyToEmail') ?? '', teamsEditStages: formData.get('teamsEditStages') ?? undefined, eeoEnabled: formData.get('eeoEnabled') ?? undefined },
    schema: hiringSettingsSchema,
    fields: ['timeZone', 'replyToEmail', 'teamsEditStages', 'eeoEnabled'] satisfies HiringSettingsField[],
    invalid: 'Check the fields marked below.',
    act: async (actor, input) => ((await saveHiringSettings(actor, input)) ? true : refuse(ACTION_MESSAGES.forbidden)),
    answer: () => {
      revalidatePath('/admin/settings');
      revalidatePath('/dashboard', 'layout');
      return { status: 'success', message: 'Hiring settings saved.' };
    },
  });
}
