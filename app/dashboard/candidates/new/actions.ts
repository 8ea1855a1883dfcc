'use server';

import { redirect } from 'next/navigation';
import { addCandidateByHand } from '@/db/queries/manual-candidates';
import { errorState } from '@/lib/action-state';
import { ACTION_MESSAGES } from '@/lib/actions/messages';
import { parseFailure } from '@/lib/actions/field-errors';
import { generateReference } from '@/lib/applications/reference';
import { authorizeAction } from '@/lib/auth/guards';
import { ORIGIN_SOURCES } from '@/lib/domain/candidate-origin';
import { logger } from '@/lib/logger';
import { loggableError } from '@/lib/logging/loggable-error';
import {
  MANUAL_CANDIDATE_FIELDS,
  MANUAL_CANDIDATE_MESSAGES,
  manualCandidateSchema,
  type ManualCandidateActionState,
  type ManualCandidateField,
} from '@/lib/validations/manual-candidate';

const CHECK_FIELDS = 'Nothing was saved. Check the fields marked below.';
const UNEXPECTED = 'Something went wrong on our side and nothing was saved. Please try again.';
// Recorded where a form application records the candidate's own consent.
const BASIS = {
  sourced: 'Added by the hiring team (sourced); the candidate did not apply through the form.',
  agency: 'Added by the hiring team (put forward by an agency); the candidate did not apply through the form.',
  referral: 'Added by the hiring team (referred by an employee); the candidate did not apply through the form.',
} as const;

/** Adds a sourced, agency or referred person to a job the user hires for, then opens their applicant page. */
export async function addCandidateAction(_previous: ManualCandidateActionState, formData: FormData): Promise<ManualCandidateActionState> {
  const auth = await authorizeAction();
  if (!auth.ok) return errorState<ManualCandidateField>(ACTION_MESSAGES.signedOut);
  const values: Partial<Record<ManualCandidateField, string>> = {};
  for (const field of MANUAL_CANDIDATE_FIELDS) {
    const value = formData.get(field);
    if (typeof value === 'string') values[field] = value;
  }
  const parsed = manualCandidateSchema.safeParse(values);
  if (!parsed.success) {
    const { message, fieldErrors } = parseFailure<ManualCandidateField>(parsed.error, MANUAL_CANDIDATE_FIELDS, CHECK_FIELDS);
    return { ...errorState<ManualCandidateField>(message, fieldErrors), values };
  }
  const data = parsed.data;
  let applicationId: number;
  try {
    const result = await addCandidateByHand(
      { id: auth.user.id, role: auth.user.role },
      { ...data, source: ORIGIN_SOURCES[data.origin], reference: generateReference(), basis: BASIS[data.origin] },
    );
    if (!result.ok) {
      const fieldErrors: Partial<Record<ManualCandidateField, string[]>> =
        result.reason === 'job-not-found'
          ? { jobId: [MANUAL_CANDIDATE_MESSAGES.job] }
          : result.reason === 'referrer-not-found'
            ? { referrerUserId: [MANUAL_CANDIDATE_MESSAGES.referrer] }
            : { email: [MANUAL_CANDIDATE_MESSAGES.alreadyOnJob] };
      return { ...errorState<ManualCandidateField>(CHECK_FIELDS, fieldErrors), values };
    }
    applicationId = result.applicationId;
  } catch (error) {
    logger.error({ err: loggableError(error) }, 'addCandidateAction failed');
    return { ...errorState<ManualCandidateField>(UNEXPECTED), values };
  }
  redirect(`/dashboard/applications/${applicationId}?added=1`);
}
