'use server';

import { revalidatePath } from 'next/cache';
import { errorState, type ActionState } from '@/lib/action-state';
import { authorizeAction } from '@/lib/auth/guards';
import { saveInterviewPlanService } from '@/lib/interviews/plan';
import { logger } from '@/lib/logger';
import { interviewPlanSchema, kindsFromForm, PLAN_MESSAGES } from '@/lib/validations/interview-plan';
import { loggableError } from '@/lib/logging/loggable-error';
import { ACTION_MESSAGES } from '@/lib/actions/messages';

// Not on the action runner: the plan form shows every distinct problem (kinds and criteria
// repeat) as one sentence, not as field errors, which the runner's parse answer would change.

/** Saves a job's interview kinds and their criteria (a new version once an interview used the old one). */
export async function saveInterviewPlanAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const auth = await authorizeAction();
  if (!auth.ok) return errorState(ACTION_MESSAGES.signedOut);
  const parsed = interviewPlanSchema.safeParse({ jobId: formData.get('jobId'), planId: formData.get('planId') ?? '', kinds: kindsFromForm(formData) });
  if (!parsed.success) return errorState([...new Set(parsed.error.issues.map((issue) => issue.message))].join(' '));
  let message: string;
  try {
    const result = await saveInterviewPlanService(auth.user, parsed.data);
    if (!result.ok) return errorState(result.reason === 'stale' ? PLAN_MESSAGES.stale : PLAN_MESSAGES.notFound);
    message = result.newVersion ? `Saved as version ${result.version}: past scorecards keep the earlier wording.` : `Saved (version ${result.version}).`;
  } catch (error) {
    logger.error({ err: loggableError(error) }, 'saveInterviewPlanAction failed');
    return errorState(ACTION_MESSAGES.unexpected);
  }
  revalidatePath(`/dashboard/jobs/${parsed.data.jobId}/interview-plan`);
  return { status: 'success', message };
}
