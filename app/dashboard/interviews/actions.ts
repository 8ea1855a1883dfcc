'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { z } from 'zod';
import type { Actor } from '@/db/queries/access';
import { refuse, runAction } from '@/lib/actions/run-action';
import { interviewTimeFields, postedValues, type InterviewFormState } from '@/lib/interviews/form-state';
import { cancelInterviewService, requestSelfScheduling, rescheduleInterviewService, scheduleInterview, type ScheduleOutcome } from '@/lib/interviews/schedule';
import { INTERVIEW_MESSAGES, interviewIdSchema, rescheduleInterviewSchema, scheduleInterviewSchema, selfScheduleSchema, type ScheduleInterviewField } from '@/lib/validations/interview';

const FIELDS: readonly ScheduleInterviewField[] = ['interviewKindId', 'startsAt', 'durationMinutes', 'location', 'videoUrl', 'interviewerIds', 'interviewerNotes'];
const POSTED = [...FIELDS, 'applicationId', 'interviewId'] as const;

function fromForm(formData: FormData) {
  return {
    applicationId: formData.get('applicationId'),
    interviewId: formData.get('interviewId'),
    ...interviewTimeFields(formData),
    interviewerNotes: formData.get('interviewerNotes') ?? undefined,
  };
}

interface InterviewStep<Input> {
  name: string;
  input: unknown;
  schema: z.ZodType<Input>;
  fields: readonly ScheduleInterviewField[];
  invalid: string;
  work: (actor: Actor, input: Input) => Promise<ScheduleOutcome>;
  /** The applicant page's `interview=` notice after the redirect. */
  done: 'scheduled' | 'moved' | 'cancelled' | 'requested';
}

/** The four actions differ only in what they read and run; each returns to the applicant page. */
function run<Input>(formData: FormData, step: InterviewStep<Input>): Promise<InterviewFormState> {
  return runAction({
    name: step.name,
    input: step.input,
    schema: step.schema,
    fields: step.fields,
    invalid: step.invalid,
    echo: { values: postedValues(formData, POSTED) },
    act: async (actor, input) => {
      const outcome = await step.work(actor, input);
      return outcome.ok ? outcome.applicationId : refuse(outcome.message, outcome.fieldErrors);
    },
    answer: (applicationId) => {
      revalidatePath(`/dashboard/applications/${applicationId}`);
      revalidatePath('/dashboard/interviews');
      redirect(`/dashboard/applications/${applicationId}?interview=${step.done}`);
    },
  });
}

/** Schedules an interview at a fixed time, invites everyone, and returns to the applicant. */
export async function scheduleInterviewAction(_previous: InterviewFormState, formData: FormData): Promise<InterviewFormState> {
  return run(formData, {
    name: 'scheduleInterviewAction',
    input: fromForm(formData),
    schema: scheduleInterviewSchema,
    fields: FIELDS,
    invalid: INTERVIEW_MESSAGES.checkFields,
    work: scheduleInterview,
    done: 'scheduled',
  });
}

/** Moves an interview (time, place, interviewers); everyone gets the updated invitation. */
export async function rescheduleInterviewAction(_previous: InterviewFormState, formData: FormData): Promise<InterviewFormState> {
  return run(formData, {
    name: 'rescheduleInterviewAction',
    input: fromForm(formData),
    schema: rescheduleInterviewSchema,
    fields: FIELDS,
    invalid: INTERVIEW_MESSAGES.checkFields,
    work: rescheduleInterviewService,
    done: 'moved',
  });
}

/** Cancels an interview; everyone's calendar event is removed (METHOD:CANCEL). */
export async function cancelInterviewAction(_previous: InterviewFormState, formData: FormData): Promise<InterviewFormState> {
  return run(formData, {
    name: 'cancelInterviewAction',
    input: { interviewId: formData.get('interviewId') },
    schema: interviewIdSchema,
    // The id is the form's only field, and hidden: a bad one is "not found".
    fields: [],
    invalid: INTERVIEW_MESSAGES.notFound,
    work: (actor, input) => cancelInterviewService(actor, input.interviewId),
    done: 'cancelled',
  });
}

/** Asks the candidate to pick one of the offered slots on their status page. */
export async function requestSelfSchedulingAction(_previous: InterviewFormState, formData: FormData): Promise<InterviewFormState> {
  return run(formData, {
    name: 'requestSelfSchedulingAction',
    input: { applicationId: formData.get('applicationId'), interviewKindId: formData.get('interviewKindId') },
    schema: selfScheduleSchema,
    fields: ['interviewKindId'],
    invalid: INTERVIEW_MESSAGES.checkFields,
    work: requestSelfScheduling,
    done: 'requested',
  });
}
