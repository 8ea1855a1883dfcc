import { z } from 'zod';
import type { ActionState } from '@/lib/action-state';
import { applicationIdField } from './note';

// The rating form and rateApplicationAction share this schema. Client-safe: no server imports.

/** ratings.score: 1 strong no, 2 no, 3 yes, 4 strong yes (a check constraint holds the range). */
export const RATING_SCORES = [1, 2, 3, 4] as const;
export type RatingScore = (typeof RATING_SCORES)[number];

export const RATING_LABELS: Record<RatingScore, string> = {
  1: 'Strong no',
  2: 'No',
  3: 'Yes',
  4: 'Strong yes',
};

export const RATING_MESSAGE = 'Choose a rating from strong no to strong yes';

export const ratingSchema = z.object({
  applicationId: applicationIdField,
  score: z.enum(['1', '2', '3', '4'], { error: RATING_MESSAGE }).transform((value) => Number(value) as RatingScore),
});

export type RatingInput = z.infer<typeof ratingSchema>;
export type RatingField = keyof RatingInput;
export type RatingActionState = ActionState<RatingField>;

export function ratingLabel(score: number): string {
  return RATING_LABELS[score as RatingScore] ?? 'Unknown';
}

/** "Average 3.5 from 2 reviewers"; null before anyone has rated. */
export function describeAverage(average: number | null, count: number): string | null {
  if (average === null || count === 0) return null;
  const rounded = Math.round(average * 10) / 10;
  return `Average ${rounded} from ${count} ${count === 1 ? 'reviewer' : 'reviewers'}`;
}
