// The scorecard form and its action share this schema. Client-safe.
import { z } from 'zod';
import { RECOMMENDATIONS } from '@/lib/domain/hiring-loop';

export const SCORECARD_NOTES_MAX = 10_000;
export const SCORECARD_MESSAGES = {
  recommendation: 'Choose an overall recommendation',
  rating: 'Rate from 1 to 4, or leave it unrated',
  notes: `Keep the notes to ${SCORECARD_NOTES_MAX.toLocaleString('en-US')} characters or fewer`,
  notInterviewer: 'Only the interviewers of this interview submit a scorecard for it.',
  notYet: 'You can submit your scorecard once the interview has started.',
  invalidCriteria: 'The criteria of this interview have changed: reload the page and try again.',
} as const;

export type ScorecardField = 'recommendation' | 'notes' | `rating.${string}`;

export const scorecardSchema = z.object({
  interviewId: z.coerce.number().int().positive().max(2_147_483_647),
  recommendation: z.enum(RECOMMENDATIONS, { message: SCORECARD_MESSAGES.recommendation }),
  ratings: z.record(z.string().regex(/^[a-z0-9-]{1,60}$/), z.coerce.number({ message: SCORECARD_MESSAGES.rating }).int(SCORECARD_MESSAGES.rating).min(1, SCORECARD_MESSAGES.rating).max(4, SCORECARD_MESSAGES.rating)),
  notes: z.string().trim().max(SCORECARD_NOTES_MAX, SCORECARD_MESSAGES.notes).default(''),
});
export type ScorecardInput = z.infer<typeof scorecardSchema>;

/** `rating.<criterion key>` fields, blank ones left out (unrated). */
export function ratingsFromForm(formData: FormData): Record<string, string> {
  const ratings: Record<string, string> = {};
  for (const [name, value] of formData.entries()) {
    if (name.startsWith('rating.') && typeof value === 'string' && value !== '') ratings[name.slice('rating.'.length)] = value;
  }
  return ratings;
}
