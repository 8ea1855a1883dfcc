'use server';

import { revalidatePath } from 'next/cache';
import { updateUserTimeZone } from '@/db/queries/time-zones';
import type { ActionState } from '@/lib/action-state';
import { runAction } from '@/lib/actions/run-action';
import { userTimeZoneSchema } from '@/lib/validations/hiring-settings';

/** Each user sets their own zone (the id is the session's): times in the dashboard and emails follow it. */
export async function updateTimeZoneAction(_previous: ActionState<'timeZone'>, formData: FormData): Promise<ActionState<'timeZone'>> {
  return runAction({
    name: 'updateTimeZoneAction',
    input: { timeZone: formData.get('timeZone') ?? '' },
    schema: userTimeZoneSchema,
    fields: ['timeZone'] as const,
    invalid: 'Nothing was saved.',
    act: (actor, input) => updateUserTimeZone(actor.id, input.timeZone),
    answer: (_saved, input) => {
      revalidatePath('/dashboard', 'layout');
      return { status: 'success', message: input.timeZone ? `Saved. Times are shown in ${input.timeZone}.` : 'Saved. Times are shown in the company’s time zone.' };
    },
  });
}
