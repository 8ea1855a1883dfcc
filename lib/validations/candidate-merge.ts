import { z } from 'zod';
import type { ActionState } from '@/lib/action-state';
import { baseApplicationShape } from './application';
import { applicationIdField } from './note';

// The merge form on an applicant page and its action share this schema. Client-safe.

export const MERGE_MESSAGES = {
  notFound: 'No other candidate has that email address',
  sameRecord: 'That is this candidate’s own email address',
  sameJob: (titles: string[]) => `Both records applied to ${titles.join(', ')}: withdraw or delete one of those applications first`,
} as const;

export const candidateMergeSchema = z.object({ applicationId: applicationIdField, duplicateEmail: baseApplicationShape.email });

export type CandidateMergeField = 'duplicateEmail';
export type CandidateMergeActionState = ActionState<CandidateMergeField> & { duplicateEmail?: string };
