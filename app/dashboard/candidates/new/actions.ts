'use server';

import { redirect } from 'next/navigation';
import { addCandidateByHand } from '@/db/queries/manual-candidates';
import { refuse, runAction } from '@/lib/actions/run-action';
import { generateReference } from '@/lib/domain/application-reference';
import { ORIGIN_SOURCES } from '@/lib/domain/candidate-origin';
import {
  MANUAL_CANDIDATE_FIELDS,
  MANUAL_CANDIDATE_MESSAGES,
  manualCandidateSchema,
  type ManualCandidateActionState,
  type ManualCandidateField,
} from '@/lib/validations/manual-candidate';

const CHECK_FIELDS = 'Nothing was saved. Check the fields marked below.';
// Recorded where a form application records the candidate's own consent.
const BASIS = {
  sourced: 'Added by the hiring team (sourced); the candidate did not apply through the form.',
  agency: 'Added by the hiring team (put forward by an agency); the candidate did not apply through the form.',
  referral: 'Added by the hiring team (referred by an employee); the candidate did not apply through the form.',
} as const;

/** Adds a sourced, agency or referred person to a job the user hires for, then opens their applicant page. */
export async function addCandidateAction(_previous: ManualCandidateActionState, formData: FormData): Promise<ManualCandidateActionState> {
  const values: Partial<Record<ManualCandidateField, string>> = {};
  for (const field of MANUAL_CANDIDATE_FIELDS) {
    const value = formData.get(field);
    if (typeof value === 'string') values[field] = value;
  }
  return runAction({
    name: 'addCandidateAction',
    input: values,
    schema: manualCandidateSchema,
    fields: MANUAL_CANDIDATE_FIELDS,
    invalid: CHECK_FIELDS,
    echo: { values },
    act: async (actor, data) => {
      const result = await addCandidateByHand(actor, { ...data, source: ORIGIN_SOURCES[data.origin], reference: generateReference(), basis: BASIS[data.origin] });
      if (result.ok) return result.applicationId;
      const fieldErrors: Partial<Record<ManualCandidateField, string[]>> =
        result.reason === 'job-not-found'
          ? { jobId: [MANUAL_CANDIDATE_MESSAGES.job] }
          : result.reason === 'referrer-not-found'
            ? { referrerUserId: [MANUAL_CANDIDATE_MESSAGES.referrer] }
            : { email: [MANUAL_CANDIDATE_MESSAGES.alreadyOnJob] };
      return refuse(CHECK_FIELDS, fieldErrors);
    },
    answer: (applicationId) => redirect(`/dashboard/applications/${applicationId}?added=1`),
  });
}
