'use server';

import { revalidatePath } from 'next/cache';
import { mergeCandidateInto } from '@/db/queries/candidate-merge';
import { addCandidateTag, removeCandidateTag } from '@/db/queries/candidate-tags';
import { setPoolMembership } from '@/db/queries/talent-pools';
import { createNote } from '@/db/queries/notes';
import { rateApplication } from '@/db/queries/ratings';
import { errorState } from '@/lib/action-state';
import { authorizeAction } from '@/lib/auth/guards';
import { logger } from '@/lib/logger';
import { noteSchema, type NoteActionState, type NoteField } from '@/lib/validations/note';
import { candidateMergeSchema, MERGE_MESSAGES, type CandidateMergeActionState, type CandidateMergeField } from '@/lib/validations/candidate-merge';
import { POOL_MESSAGES, poolMembershipSchema, type PoolMembershipActionState } from '@/lib/validations/talent-pool';
import { candidateTagSchema, TAG_MESSAGES, type CandidateTagActionState, type CandidateTagField } from '@/lib/validations/candidate-tag';
import { ratingSchema, type RatingActionState, type RatingField } from '@/lib/validations/rating';
import { MOVE_MESSAGES } from '../../actions/messages';
import { loggableError } from '@/lib/logging/loggable-error';
import { parseFailure } from '@/lib/actions/field-errors';
import { authorizationMessage } from '@/lib/actions/messages';

// The dashboard's own words, shared with the stage move form on the same page. NOT_FOUND is the
// same whether the application does not exist or sits on another team's job.
const SIGNED_OUT = MOVE_MESSAGES.signedOut;
const NOT_FOUND = MOVE_MESSAGES.notFound;
const UNEXPECTED = 'Something went wrong on our side and nothing was saved. Please try again.';
const CHECK_FIELDS = 'Check the form and try again.';

function revalidateApplicant(applicationId: number, jobId: number) {
  revalidatePath(`/dashboard/applications/${applicationId}`);
  revalidatePath(`/dashboard/jobs/${jobId}`);
}

/** Adds a note to an application the user may see. */
export async function addNoteAction(_previous: NoteActionState, formData: FormData): Promise<NoteActionState> {
  const auth = await authorizeAction();
  if (!auth.ok) return errorState<NoteField>(SIGNED_OUT);
  const body = formData.get('body');
  const parsed = noteSchema.safeParse({ applicationId: formData.get('applicationId'), body: body ?? undefined });
  const echo = typeof body === 'string' ? { body } : {};
  if (!parsed.success) {
    // A bad applicationId (a hidden field) becomes the message: the person cannot fix it.
    const { message, fieldErrors } = parseFailure<NoteField>(parsed.error, ['body'], CHECK_FIELDS);
    return { ...errorState<NoteField>(message, fieldErrors), ...echo };
  }

  let target: { applicationId: number; jobId: number };
  try {
    const result = await createNote({ id: auth.user.id, role: auth.user.role }, parsed.data);
    if (!result.ok) return { ...errorState<NoteField>(NOT_FOUND), ...echo };
    target = { applicationId: parsed.data.applicationId, jobId: result.jobId };
  } catch (error) {
    logger.error({ err: loggableError(error) }, 'addNoteAction failed');
    return { ...errorState<NoteField>(UNEXPECTED), ...echo };
  }
  revalidateApplicant(target.applicationId, target.jobId);
  return { status: 'success', message: 'Note added' };
}

/** Sets or changes the user's own rating of an application they may see. */
export async function rateApplicationAction(_previous: RatingActionState, formData: FormData): Promise<RatingActionState> {
  const auth = await authorizeAction();
  if (!auth.ok) return errorState<RatingField>(SIGNED_OUT);
  const parsed = ratingSchema.safeParse({ applicationId: formData.get('applicationId'), score: formData.get('score') ?? undefined });
  if (!parsed.success) {
    const { message, fieldErrors } = parseFailure<RatingField>(parsed.error, ['score'], CHECK_FIELDS);
    return errorState<RatingField>(message, fieldErrors);
  }

  let target: { applicationId: number; jobId: number };
  try {
    const result = await rateApplication({ id: auth.user.id, role: auth.user.role }, parsed.data);
    if (!result.ok) return errorState<RatingField>(NOT_FOUND);
    target = { applicationId: parsed.data.applicationId, jobId: result.jobId };
  } catch (error) {
    logger.error({ err: loggableError(error) }, 'rateApplicationAction failed');
    return errorState<RatingField>(UNEXPECTED);
  }
  revalidateApplicant(target.applicationId, target.jobId);
  return { status: 'success', message: 'Rating saved' };
}

type TagChange = typeof addCandidateTag;

/** The two tag actions differ only in the query they run and the words of their answer. */
async function changeTag(formData: FormData, change: TagChange, done: string, logName: string): Promise<CandidateTagActionState> {
  const auth = await authorizeAction();
  if (!auth.ok) return errorState<CandidateTagField>(SIGNED_OUT);
  const tag = formData.get('tag');
  const echo = typeof tag === 'string' ? { tag } : {};
  const parsed = candidateTagSchema.safeParse({ applicationId: formData.get('applicationId'), tag: tag ?? undefined });
  if (!parsed.success) {
    const { message, fieldErrors } = parseFailure<CandidateTagField>(parsed.error, ['tag'], CHECK_FIELDS);
    return { ...errorState<CandidateTagField>(message, fieldErrors), ...echo };
  }
  let jobId: number;
  try {
    const result = await change({ id: auth.user.id, role: auth.user.role }, parsed.data);
    if (!result.ok && result.reason === 'too-many') return { ...errorState<CandidateTagField>(CHECK_FIELDS, { tag: [TAG_MESSAGES.tooMany] }), ...echo };
    if (!result.ok) return { ...errorState<CandidateTagField>(NOT_FOUND), ...echo };
    jobId = result.jobId;
  } catch (error) {
    logger.error({ err: loggableError(error) }, `${logName} failed`);
    return { ...errorState<CandidateTagField>(UNEXPECTED), ...echo };
  }
  revalidateApplicant(parsed.data.applicationId, jobId);
  return { status: 'success', message: `${done} “${parsed.data.tag}”` };
}

/** Tags the application's candidate (the tag follows the person to every job). */
export async function addTagAction(_previous: CandidateTagActionState, formData: FormData): Promise<CandidateTagActionState> {
  return changeTag(formData, addCandidateTag, 'Tagged', 'addTagAction');
}

/** Removes a tag from the application's candidate. */
export async function removeTagAction(_previous: CandidateTagActionState, formData: FormData): Promise<CandidateTagActionState> {
  return changeTag(formData, removeCandidateTag, 'Removed the tag', 'removeTagAction');
}

/** Admins: merges the record with this email into the applicant's own (applications and tags follow). */
export async function mergeCandidateAction(_previous: CandidateMergeActionState, formData: FormData): Promise<CandidateMergeActionState> {
  const auth = await authorizeAction('admin');
  if (!auth.ok) return errorState<CandidateMergeField>(authorizationMessage(auth.error));
  const email = formData.get('duplicateEmail');
  const echo = typeof email === 'string' ? { duplicateEmail: email } : {};
  const parsed = candidateMergeSchema.safeParse({ applicationId: formData.get('applicationId'), duplicateEmail: email ?? undefined });
  if (!parsed.success) {
    const { message, fieldErrors } = parseFailure<CandidateMergeField>(parsed.error, ['duplicateEmail'], CHECK_FIELDS);
    return { ...errorState<CandidateMergeField>(message, fieldErrors), ...echo };
  }
  let moved: number;
  try {
    const result = await mergeCandidateInto({ id: auth.user.id, role: auth.user.role }, parsed.data);
    if (!result.ok) {
      if (result.reason === 'not-found' || result.reason === 'forbidden') return { ...errorState<CandidateMergeField>(NOT_FOUND), ...echo };
      const message =
        result.reason === 'same-job' ? MERGE_MESSAGES.sameJob(result.jobTitles) : result.reason === 'same-record' ? MERGE_MESSAGES.sameRecord : MERGE_MESSAGES.notFound;
      return { ...errorState<CandidateMergeField>(CHECK_FIELDS, { duplicateEmail: [message] }), ...echo };
    }
    moved = result.movedApplicationIds.length;
  } catch (error) {
    logger.error({ err: loggableError(error) }, 'mergeCandidateAction failed');
    return { ...errorState<CandidateMergeField>(UNEXPECTED), ...echo };
  }
  revalidatePath(`/dashboard/applications/${parsed.data.applicationId}`);
  return { status: 'success', message: `Merged: ${moved} ${moved === 1 ? 'application' : 'applications'} moved to this candidate.` };
}

async function changePool(formData: FormData, member: boolean): Promise<PoolMembershipActionState> {
  const auth = await authorizeAction();
  if (!auth.ok) return errorState<'poolId'>(SIGNED_OUT);
  const parsed = poolMembershipSchema.safeParse({ applicationId: formData.get('applicationId'), poolId: formData.get('poolId') ?? undefined });
  if (!parsed.success) {
    const { message, fieldErrors } = parseFailure<'poolId'>(parsed.error, ['poolId'], CHECK_FIELDS);
    return errorState<'poolId'>(message, fieldErrors);
  }
  try {
    const result = await setPoolMembership({ id: auth.user.id, role: auth.user.role }, { ...parsed.data, member });
    if (!result.ok) return result.reason === 'pool-not-found' ? errorState<'poolId'>(CHECK_FIELDS, { poolId: [POOL_MESSAGES.pool] }) : errorState<'poolId'>(NOT_FOUND);
  } catch (error) {
    logger.error({ err: loggableError(error) }, member ? 'addToPoolAction failed' : 'removeFromPoolAction failed');
    return errorState<'poolId'>(UNEXPECTED);
  }
  revalidatePath(`/dashboard/applications/${parsed.data.applicationId}`);
  return { status: 'success', message: member ? 'Added to the pool' : 'Removed from the pool' };
}

/** Puts the application's person in a talent pool. */
export async function addToPoolAction(_previous: PoolMembershipActionState, formData: FormData): Promise<PoolMembershipActionState> {
  return changePool(formData, true);
}

/** Takes the application's person out of a talent pool. */
export async function removeFromPoolAction(_previous: PoolMembershipActionState, formData: FormData): Promise<PoolMembershipActionState> {
  return changePool(formData, false);
}
