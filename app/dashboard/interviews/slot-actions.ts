'use server';

import { revalidatePath } from 'next/cache';
import type { z } from 'zod';
import type { Actor } from '@/db/queries/access';
import { refuse, runAction } from '@/lib/actions/run-action';
import { interviewTimeFields, postedValues, type InterviewFormState } from '@/lib/interviews/form-state';
import { offerSlot, withdrawSlot, type SlotOutcome } from '@/lib/interviews/slots';
import { INTERVIEW_MESSAGES, interviewIdSchema, slotSchema, type ScheduleInterviewField } from '@/lib/validations/interview';

const FIELDS: readonly ScheduleInterviewField[] = ['interviewKindId', 'startsAt', 'durationMinutes', 'location', 'videoUrl', 'interviewerIds'];
const POSTED = [...FIELDS, 'jobId'] as const;

interface SlotStep<Input> {
  input: unknown;
  schema: z.ZodType<Input>;
  fields: readonly ScheduleInterviewField[];
  invalid: string;
  values: Record<string, string | string[]>;
  work: (actor: Actor, input: Input) => Promise<SlotOutcome>;
  success: string;
}

/** The two slot actions differ only in what they read and run; both refresh the job's slots page. */
function run<Input>(step: SlotStep<Input>): Promise<InterviewFormState> {
  return runAction({
    // One log line for both, as before the runner.
    name: 'Slot action',
    input: step.input,
    schema: step.schema,
    fields: step.fields,
    invalid: step.invalid,
    echo: { values: step.values },
    act: async (actor, input) => {
      const outcome = await step.work(actor, input);
      return outcome.ok ? outcome.jobId : refuse(outcome.message, outcome.fieldErrors);
    },
    answer: (jobId) => {
      revalidatePath(`/dashboard/jobs/${jobId}/slots`);
      return { status: 'success', message: step.success };
    },
  });
}

/** Offers a time for candidates to pick (fields as the scheduling form, plus jobId). */
export async function offerSlotAction(_previous: InterviewFormState, formData: FormData): Promise<InterviewFormState> {
  return run({
    input: { jobId: formData.get('jobId'), ...interviewTimeFields(formData) },
    schema: slotSchema,
    fields: FIELDS,
    invalid: INTERVIEW_MESSAGES.checkFields,
    values: postedValues(formData, POSTED),
    work: offerSlot,
    success: 'Time offered. Candidates asked to pick a time see it now.',
  });
}

/** Withdraws an offered time nobody has taken (field: interviewId carries the slot id). */
export async function withdrawSlotAction(_previous: InterviewFormState, formData: FormData): Promise<InterviewFormState> {
  return run({
    input: { interviewId: formData.get('interviewId') },
    schema: interviewIdSchema,
    // The id is the form's only field, and hidden: a bad one is "not found".
    fields: [],
    invalid: INTERVIEW_MESSAGES.notFound,
    values: {},
    work: (actor, input) => withdrawSlot(actor, input.interviewId),
    success: 'Time withdrawn.',
  });
}
