import type { ActionState } from '@/lib/action-state';

/** What an interview form sends back on a refusal: the errors and the values typed, so nothing is lost. */
export type InterviewFormState<F extends string = string> = ActionState<F> & { values?: Record<string, string | string[]> };

/** The form's fields as posted (interviewerIds may repeat), for echoing back after a refusal. */
export function postedValues(formData: FormData, names: readonly string[]): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const name of names) {
    const all = formData.getAll(name).filter((v): v is string => typeof v === 'string');
    values[name] = name === 'interviewerIds' ? all : (all[0] ?? '');
  }
  return values;
}

/** The time, place and people fields the scheduling and slot forms share, as their schemas take them. */
export function interviewTimeFields(formData: FormData) {
  return {
    interviewKindId: formData.get('interviewKindId'),
    startsAt: formData.get('startsAt') ?? undefined,
    durationMinutes: formData.get('durationMinutes'),
    location: formData.get('location') ?? undefined,
    videoUrl: formData.get('videoUrl') ?? undefined,
    interviewerIds: formData.getAll('interviewerIds'),
  };
}
