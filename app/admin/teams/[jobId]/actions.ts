'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { loggableError } from '@/lib/logging/loggable-error';
import { addTeamMember, removeTeamMember, type TeamChange, type TeamChangeResult } from '@/db/queries/teams';
import { errorState, type ActionState } from '@/lib/action-state';
import { authorizeAction } from '@/lib/auth/guards';
import { logger } from '@/lib/logger';
import { userIdField } from '@/lib/validations/user';
import { ACTION_MESSAGES, authorizationMessage } from '@/lib/actions/messages';

const teamChangeSchema = z.object({
  jobId: z.coerce.number().int().positive().max(2_147_483_647),
  userId: userIdField,
});

const MESSAGES: Record<Exclude<TeamChangeResult, { ok: true }>['reason'], string> = {
  forbidden: ACTION_MESSAGES.forbidden,
  'job-not-found': 'This job isn’t available any more. Reload the page.',
  'user-unavailable': 'That person can’t join a team: they may have been deactivated. Reload the page.',
  'already-member': 'That person is on the team already.',
  'not-member': 'That person isn’t on the team any more.',
};

type Change = (actor: Parameters<typeof addTeamMember>[0], change: TeamChange) => Promise<TeamChangeResult>;

// Not on runAction: any bad input gets the one "Choose a person" answer on the list, which the
// runner would replace with each field's own message.
async function runTeamChange(formData: FormData, change: Change, done: (name: string) => string): Promise<ActionState> {
  const auth = await authorizeAction('admin');
  if (!auth.ok) return errorState(authorizationMessage(auth.error));
  const parsed = teamChangeSchema.safeParse({ jobId: formData.get('jobId'), userId: formData.get('userId') });
  if (!parsed.success) return errorState('Choose a person from the list.', { userId: ['Choose a person from the list.'] });
  let result: TeamChangeResult;
  try {
    result = await change(auth.user, parsed.data);
  } catch (error) {
    logger.error({ err: loggableError(error) }, 'hiring team change failed');
    return errorState('Something went wrong on our side and the team was not changed. Please try again.');
  }
  if (!result.ok) return errorState(MESSAGES[result.reason]);
  revalidatePath('/admin/teams');
  revalidatePath(`/admin/teams/${parsed.data.jobId}`);
  return { status: 'success', message: done(result.name) };
}

export async function addTeamMemberAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runTeamChange(formData, addTeamMember, (name) => `${name} is on the team now.`);
}

export async function removeTeamMemberAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runTeamChange(formData, removeTeamMember, (name) => `${name} is off the team.`);
}
