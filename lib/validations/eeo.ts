import { z } from 'zod';
import { EEO_DISABILITY_STATUSES, EEO_GENDERS, EEO_RACES, EEO_VETERAN_STATUSES } from '@/lib/domain/eeo';

// The self-identification form: every question may be left blank (null); anything else must
// be one of the official answers. Client-safe.
const answer = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((value) => (value === '' || value === null || value === undefined ? null : value), z.enum(values, 'Choose one of the listed answers.').nullable());

export const eeoAnswersSchema = z.object({
  gender: answer(EEO_GENDERS),
  race: answer(EEO_RACES),
  veteran: answer(EEO_VETERAN_STATUSES),
  disability: answer(EEO_DISABILITY_STATUSES),
});
export type EeoAnswersInput = z.infer<typeof eeoAnswersSchema>;
