'use server';

import { revalidatePath } from 'next/cache';
import { errorState } from '@/lib/action-state';
import { authorizeAction } from '@/lib/auth/guards';
import { postedValues, type InterviewFormState } from '@/lib/interviews/form-state';
import { offerSlot, withdrawSlot, type SlotOutcome } from '@/lib/interviews/slots';
import { logger } from '@/lib/logger';
import { INTERVIEW_MESSAGES, interviewIdSchema, slotSchema, type ScheduleInterviewField } from '@/lib/validations/interview';
import { loggableError } from '@/lib/logging/loggable-error';
import { parseFailure } from '@/lib/actions/field-errors';

const FIELDS: readonly ScheduleInterviewField[] = ['interviewKindId', 'startsAt', 'durationMinutes', 'location', 'videoUrl', 'interviewerIds'];
const POSTED = [...FIELDS, 'jobId'] as const;

async function answer(work: () => Promise<SlotOutcome>, values: Record<string, string | string[]>, success: string): Promise<InterviewFormState> {
  let outcome: SlotOutcome;
  try {
    outcome = await work();
  } catch (error) {
    logger.error({ err: loggableError(error) }, 'Slot action failed');
    return { ...errorState(INTERVIEW_MESSAGES.unexpected), values };
  }
  if (!outcome.ok) return { ...errorState<ScheduleInterviewField>(outcome.message, outcome.fieldErrors), values };
  revalidatePath(`/dashboard/jobs/${outcome.jobId}/slots`);
  return { status: 'success', message: success };
}

/** Offers a time for candidates to pick (fields as the scheduling form, plus jobId). */
export async function offerSlotAction(_previous: InterviewFormState, formData: FormData): Promise<InterviewFormState> {
  const auth = await authorizeAction();
  if (!auth.ok) return errorState(INTERVIEW_MESSAGES.signedOut);
  const values = postedValues(formData, POSTED);
  const parsed = slotSchema.safeParse({
    jobId: formData.get('jobId'),
    interviewKindId: formData.get('interviewKindId'),
    startsAt: formData.get('startsAt') ?? undefined,
    durationMinutes: formData.get('durationMinutes'),
    location: formData.get('location') ?? undefined,
    videoUrl: formData.get('videoUrl') ?? undefined,
    interviewerIds: formData.getAll('interviewerIds'),
  });
  if (!parsed.success) {
    const { message, fieldErrors } = parseFailure<ScheduleInterviewField>(parsed.error, FIELDS, INTERVIEW_MESSAGES.checkFields);
    return { ...errorState(message, fieldErrors), values };
  }
  return answer(() => offerSlot(auth.user, parsed.data), values, 'Time offered. Candidates asked to pick a time see it now.');
}

/** Withdraws an offered time nobody has taken (field: interviewId carries the slot id). */
export async function withdrawSlotAction(_previous: InterviewFormState, formData: FormData): Promise<InterviewFormState> {
  const auth = await authorizeAction();
  if (!auth.ok) return errorState(INTERVIEW_MESSAGES.signedOut);
  const parsed = interviewIdSchema.safeParse({ interviewId: formData.get('interviewId') });
  if (!parsed.success) return errorState(INTERVIEW_MESSAGES.notFound);
  return answer(() => withdrawSlot(auth.user, parsed.data.interviewId), {}, 'Time withdrawn.');
}
