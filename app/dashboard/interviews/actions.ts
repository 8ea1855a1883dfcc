'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { errorState } from '@/lib/action-state';
import { authorizeAction } from '@/lib/auth/guards';
import { postedValues, type InterviewFormState } from '@/lib/interviews/form-state';
import { cancelInterviewService, requestSelfScheduling, rescheduleInterviewService, scheduleInterview, type ScheduleOutcome } from '@/lib/interviews/schedule';
import { logger } from '@/lib/logger';
import { INTERVIEW_MESSAGES, interviewIdSchema, rescheduleInterviewSchema, scheduleInterviewSchema, selfScheduleSchema, type ScheduleInterviewField } from '@/lib/validations/interview';
import { loggableError } from '@/lib/logging/loggable-error';
import { parseFailure } from '@/lib/actions/field-errors';

const FIELDS: readonly ScheduleInterviewField[] = ['interviewKindId', 'startsAt', 'durationMinutes', 'location', 'videoUrl', 'interviewerIds', 'interviewerNotes'];
const POSTED = [...FIELDS, 'applicationId', 'interviewId'] as const;

function fromForm(formData: FormData) {
  return {
    applicationId: formData.get('applicationId'),
    interviewId: formData.get('interviewId'),
    interviewKindId: formData.get('interviewKindId'),
    startsAt: formData.get('startsAt') ?? undefined,
    durationMinutes: formData.get('durationMinutes'),
    location: formData.get('location') ?? undefined,
    videoUrl: formData.get('videoUrl') ?? undefined,
    interviewerNotes: formData.get('interviewerNotes') ?? undefined,
    interviewerIds: formData.getAll('interviewerIds'),
  };
}

async function run(formData: FormData, work: () => Promise<ScheduleOutcome>, what: string): Promise<InterviewFormState | { applicationId: number }> {
  const values = postedValues(formData, POSTED);
  let outcome: ScheduleOutcome;
  try {
    outcome = await work();
  } catch (error) {
    logger.error({ err: loggableError(error) }, `${what} failed`);
    return { ...errorState(INTERVIEW_MESSAGES.unexpected), values };
  }
  if (!outcome.ok) return { ...errorState<ScheduleInterviewField>(outcome.message, outcome.fieldErrors), values };
  revalidatePath(`/dashboard/applications/${outcome.applicationId}`);
  revalidatePath('/dashboard/interviews');
  return { applicationId: outcome.applicationId };
}

/** Schedules an interview at a fixed time, invites everyone, and returns to the applicant. */
export async function scheduleInterviewAction(_previous: InterviewFormState, formData: FormData): Promise<InterviewFormState> {
  const auth = await authorizeAction();
  if (!auth.ok) return errorState(INTERVIEW_MESSAGES.signedOut);
  const parsed = scheduleInterviewSchema.safeParse(fromForm(formData));
  if (!parsed.success) {
    const { message, fieldErrors } = parseFailure<ScheduleInterviewField>(parsed.error, FIELDS, INTERVIEW_MESSAGES.checkFields);
    return { ...errorState(message, fieldErrors), values: postedValues(formData, POSTED) };
  }
  const result = await run(formData, () => scheduleInterview(auth.user, parsed.data), 'scheduleInterviewAction');
  if ('status' in result) return result;
  redirect(`/dashboard/applications/${result.applicationId}?interview=scheduled`);
}

/** Moves an interview (time, place, interviewers); everyone gets the updated invitation. */
export async function rescheduleInterviewAction(_previous: InterviewFormState, formData: FormData): Promise<InterviewFormState> {
  const auth = await authorizeAction();
  if (!auth.ok) return errorState(INTERVIEW_MESSAGES.signedOut);
  const parsed = rescheduleInterviewSchema.safeParse(fromForm(formData));
  if (!parsed.success) {
    const { message, fieldErrors } = parseFailure<ScheduleInterviewField>(parsed.error, FIELDS, INTERVIEW_MESSAGES.checkFields);
    return { ...errorState(message, fieldErrors), values: postedValues(formData, POSTED) };
  }
  const result = await run(formData, () => rescheduleInterviewService(auth.user, parsed.data), 'rescheduleInterviewAction');
  if ('status' in result) return result;
  redirect(`/dashboard/applications/${result.applicationId}?interview=moved`);
}

/** Cancels an interview; everyone's calendar event is removed (METHOD:CANCEL). */
export async function cancelInterviewAction(_previous: InterviewFormState, formData: FormData): Promise<InterviewFormState> {
  const auth = await authorizeAction();
  if (!auth.ok) return errorState(INTERVIEW_MESSAGES.signedOut);
  const parsed = interviewIdSchema.safeParse({ interviewId: formData.get('interviewId') });
  if (!parsed.success) return errorState(INTERVIEW_MESSAGES.notFound);
  const result = await run(formData, () => cancelInterviewService(auth.user, parsed.data.interviewId), 'cancelInterviewAction');
  if ('status' in result) return result;
  redirect(`/dashboard/applications/${result.applicationId}?interview=cancelled`);
}

/** Asks the candidate to pick one of the offered slots on their status page. */
export async function requestSelfSchedulingAction(_previous: InterviewFormState, formData: FormData): Promise<InterviewFormState> {
  const auth = await authorizeAction();
  if (!auth.ok) return errorState(INTERVIEW_MESSAGES.signedOut);
  const parsed = selfScheduleSchema.safeParse({ applicationId: formData.get('applicationId'), interviewKindId: formData.get('interviewKindId') });
  if (!parsed.success) return errorState(INTERVIEW_MESSAGES.checkFields, { interviewKindId: [INTERVIEW_MESSAGES.kind] });
  const result = await run(formData, () => requestSelfScheduling(auth.user, parsed.data), 'requestSelfSchedulingAction');
  if ('status' in result) return result;
  redirect(`/dashboard/applications/${result.applicationId}?interview=requested`);
}
