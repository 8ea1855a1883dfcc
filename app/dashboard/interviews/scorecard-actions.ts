'use server';

import { revalidatePath } from 'next/cache';
import { errorState } from '@/lib/action-state';
import { ACTION_MESSAGES } from '@/lib/actions/messages';
import { authorizeAction } from '@/lib/auth/guards';
import type { InterviewFormState } from '@/lib/interviews/form-state';
import { submitScorecardService } from '@/lib/interviews/scorecards';
import { logger } from '@/lib/logger';
import { INTERVIEW_MESSAGES } from '@/lib/validations/interview';
import { ratingsFromForm, SCORECARD_MESSAGES, scorecardSchema, type ScorecardField } from '@/lib/validations/scorecard';
import { loggableError } from '@/lib/logging/loggable-error';

// Not on the action runner: its field errors are per criterion (`rating.<key>`), nested below
// `ratings`, which the runner's one-level field errors cannot name.

/** Submits or revises the user's scorecard for an interview; fields: interviewId, recommendation, rating.<key>, notes. */
export async function submitScorecardAction(_previous: InterviewFormState, formData: FormData): Promise<InterviewFormState> {
  const auth = await authorizeAction();
  if (!auth.ok) return errorState(INTERVIEW_MESSAGES.signedOut);
  const ratings = ratingsFromForm(formData);
  const values = { recommendation: String(formData.get('recommendation') ?? ''), notes: String(formData.get('notes') ?? ''), ...Object.fromEntries(Object.entries(ratings).map(([k, v]) => [`rating.${k}`, v])) };
  const parsed = scorecardSchema.safeParse({ interviewId: formData.get('interviewId'), recommendation: formData.get('recommendation') ?? undefined, ratings, notes: formData.get('notes') ?? '' });
  if (!parsed.success) {
    // A bad interviewId is a hidden field the person cannot fix: it is the whole answer.
    if (parsed.error.issues.some((issue) => issue.path[0] === 'interviewId')) return errorState(INTERVIEW_MESSAGES.notFound);
    const fieldErrors: Partial<Record<ScorecardField, string[]>> = {};
    for (const issue of parsed.error.issues) {
      const [first, second] = issue.path.map(String);
      const key = (first === 'ratings' ? `rating.${second}` : first) as ScorecardField;
      fieldErrors[key] = [...(fieldErrors[key] ?? []), issue.message];
    }
    return { ...errorState(INTERVIEW_MESSAGES.checkFields, fieldErrors), values };
  }
  let message: string;
  try {
    const result = await submitScorecardService(auth.user, parsed.data);
    if (!result.ok) {
      const refusal = { 'not-found': INTERVIEW_MESSAGES.notFound, 'not-interviewer': SCORECARD_MESSAGES.notInterviewer, 'not-yet': SCORECARD_MESSAGES.notYet, 'invalid-criteria': SCORECARD_MESSAGES.invalidCriteria }[result.reason];
      return { ...errorState(refusal), values };
    }
    revalidatePath(`/dashboard/applications/${result.applicationId}`);
    revalidatePath(`/dashboard/jobs/${result.jobId}`);
    message = result.created ? 'Scorecard submitted.' : 'Scorecard updated.';
  } catch (error) {
    logger.error({ err: loggableError(error) }, 'submitScorecardAction failed');
    return { ...errorState(ACTION_MESSAGES.unexpected), values };
  }
  revalidatePath(`/dashboard/interviews/${parsed.data.interviewId}/scorecard`);
  revalidatePath('/dashboard/interviews');
  return { status: 'success', message };
}
