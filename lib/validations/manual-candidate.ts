import { z } from 'zod';
import type { ActionState } from '@/lib/action-state';
import { MANUAL_ORIGINS } from '@/lib/domain/candidate-origin';
import { baseApplicationShape } from './application';
import { optionalText, requiredText } from './fields';
import { isRowId } from './row-id';

// The "add a candidate" form and its action share this schema. Client-safe.

export const MANUAL_CANDIDATE_MESSAGES = {
  job: 'Choose the job to put them on',
  origin: 'Say how you found them',
  referrer: 'Choose the employee who referred them',
  agency: 'Enter the agency’s name',
  agencyTooLong: 'An agency name can be at most 100 characters',
  alreadyOnJob: 'This person is already on that job',
} as const;

const idField = (message: string) => z.preprocess((value) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : undefined), z.number({ error: message }).refine(isRowId, message));

export const manualCandidateSchema = z
  .object({
    jobId: idField(MANUAL_CANDIDATE_MESSAGES.job),
    firstName: requiredText(100, { missing: 'Enter their first name', tooLong: 'A first name must be 100 characters or fewer' }),
    lastName: requiredText(100, { missing: 'Enter their last name', tooLong: 'A last name must be 100 characters or fewer' }),
    email: baseApplicationShape.email,
    phone: baseApplicationShape.phone,
    origin: z.enum(MANUAL_ORIGINS, { error: MANUAL_CANDIDATE_MESSAGES.origin }),
    referrerUserId: z.preprocess((value) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined), z.string().max(100).optional()),
    agencyName: optionalText(100, MANUAL_CANDIDATE_MESSAGES.agencyTooLong),
  })
  // `when`: checked even while other fields are wrong, so one round shows every mistake.
  .refine((data) => !(data.origin === 'referral' && !data.referrerUserId), { path: ['referrerUserId'], message: MANUAL_CANDIDATE_MESSAGES.referrer, when: () => true })
  .refine((data) => !(data.origin === 'agency' && !data.agencyName), { path: ['agencyName'], message: MANUAL_CANDIDATE_MESSAGES.agency, when: () => true })
  // Only the detail that goes with the chosen origin is kept.
  .transform((data) => ({
    ...data,
    referrerUserId: data.origin === 'referral' ? data.referrerUserId : undefined,
    agencyName: data.origin === 'agency' ? data.agencyName : undefined,
  }));

export type ManualCandidateInput = z.infer<typeof manualCandidateSchema>;
export type ManualCandidateField = 'jobId' | 'firstName' | 'lastName' | 'email' | 'phone' | 'origin' | 'referrerUserId' | 'agencyName';
export const MANUAL_CANDIDATE_FIELDS: readonly ManualCandidateField[] = ['jobId', 'firstName', 'lastName', 'email', 'phone', 'origin', 'referrerUserId', 'agencyName'];
/** On an error the typed values come back, because React resets a form after its action runs. */
export type ManualCandidateActionState = ActionState<ManualCandidateField> & { values?: Partial<Record<ManualCandidateField, string>> };
