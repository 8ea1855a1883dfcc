'use server';

import { revalidatePath } from 'next/cache';
import { mergeCandidateInto } from '@/db/queries/candidate-merge';
import { addCandidateTag, removeCandidateTag } from '@/db/queries/candidate-tags';
import { setPoolMembership } from '@/db/queries/talent-pools';
import { createNote } from '@/db/queries/notes';
import { rateApplication } from '@/db/queries/ratings';
import { refuse, runAction, typed } from '@/lib/actions/run-action';
import { noteSchema, type NoteActionState, type NoteField } from '@/lib/validations/note';
import { candidateMergeSchema, MERGE_MESSAGES, type CandidateMergeActionState, type CandidateMergeField } from '@/lib/validations/candidate-merge';
import { POOL_MESSAGES, poolMembershipSchema, type PoolMembershipActionState } from '@/lib/validations/talent-pool';
import { candidateTagSchema, TAG_MESSAGES, type CandidateTagActionState, type CandidateTagField } from '@/lib/validations/candidate-tag';
import { ratingSchema, type RatingActionState, type RatingField } from '@/lib/validations/rating';
import { MOVE_MESSAGES } from '../../actions/messages';

// NOT_FOUND is the same whether the application does not exist or sits on another team's job
// (the dashboard's words, shared with the stage move form on the same page).
const NOT_FOUND = MOVE_MESSAGES.notFound;
const CHECK_FIELDS = 'Check the form and try again.';

function revalidateApplicant(applicationId: number, jobId: number) {
  revalidatePath(`/dashboard/applications/${applicationId}`);
  revalidatePath(`/dashboard/jobs/${jobId}`);
}

/** Adds a note to an application the user may see. */
export async function addNoteAction(_previous: NoteActionState, formData: FormData): Promise<NoteActionState> {
  const body = typed(formData, 'body');
  return runAction({
    name: 'addNoteAction',
    input: { applicationId: formData.get('applicationId'), body },
    schema: noteSchema,
    fields: ['body'] satisfies NoteField[],
    invalid: CHECK_FIELDS,
    echo: body === undefined ? {} : { body },
    act: async (actor, input) => {
      const result = await createNote(actor, input);
      return result.ok ? result.jobId : refuse(NOT_FOUND);
    },
    answer: (jobId, input) => {
      revalidateApplicant(input.applicationId, jobId);
      return { status: 'success', message: 'Note added' };
    },
  });
}

/** Sets or changes the user's own rating of an application they may see. */
export async function rateApplicationAction(_previous: RatingActionState, formData: FormData): Promise<RatingActionState> {
  return runAction({
    name: 'rateApplicationAction',
    input: { applicationId: formData.get('applicationId'), score: formData.get('score') ?? undefined },
    schema: ratingSchema,
    fields: ['score'] satisfies RatingField[],
    invalid: CHECK_FIELDS,
    act: async (actor, input) => {
      const result = await rateApplication(actor, input);
      return result.ok ? result.jobId : refuse(NOT_FOUND);
    },
    answer: (jobId, input) => {
      revalidateApplicant(input.applicationId, jobId);
      return { status: 'success', message: 'Rating saved' };
    },
  });
}

type TagChange = typeof addCandidateTag;

/** The two tag actions differ only in the query they run and the words of their answer. */
async function changeTag(formData: FormData, change: TagChange, done: string, name: string): Promise<CandidateTagActionState> {
  const tag = typed(formData, 'tag');
  return runAction({
    name,
    input: { applicationId: formData.get('applicationId'), tag },
    schema: candidateTagSchema,
    fields: ['tag'] satisfies CandidateTagField[],
    invalid: CHECK_FIELDS,
    echo: tag === undefined ? {} : { tag },
    act: async (actor, input) => {
      const result = await change(actor, input);
      if (!result.ok && result.reason === 'too-many') return refuse<CandidateTagField>(CHECK_FIELDS, { tag: [TAG_MESSAGES.tooMany] });
      return result.ok ? result.jobId : refuse(NOT_FOUND);
    },
    answer: (jobId, input) => {
      revalidateApplicant(input.applicationId, jobId);
      return { status: 'success', message: `${done} “${input.tag}”` };
    },
  });
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
  const duplicateEmail = typed(formData, 'duplicateEmail');
  return runAction({
    name: 'mergeCandidateAction',
    role: 'admin',
    input: { applicationId: formData.get('applicationId'), duplicateEmail },
    schema: candidateMergeSchema,
    fields: ['duplicateEmail'] satisfies CandidateMergeField[],
    invalid: CHECK_FIELDS,
    echo: duplicateEmail === undefined ? {} : { duplicateEmail },
    act: async (actor, input) => {
      const result = await mergeCandidateInto(actor, input);
      if (result.ok) return result.movedApplicationIds.length;
      if (result.reason === 'not-found' || result.reason === 'forbidden') return refuse(NOT_FOUND);
      const message =
        result.reason === 'same-job' ? MERGE_MESSAGES.sameJob(result.jobTitles) : result.reason === 'same-record' ? MERGE_MESSAGES.sameRecord : MERGE_MESSAGES.notFound;
      return refuse<CandidateMergeField>(CHECK_FIELDS, { duplicateEmail: [message] });
    },
    answer: (moved, input) => {
      revalidatePath(`/dashboard/applications/${input.applicationId}`);
      return { status: 'success', message: `Merged: ${moved} ${moved === 1 ? 'application' : 'applications'} moved to this candidate.` };
    },
  });
}

function changePool(formData: FormData, member: boolean): Promise<PoolMembershipActionState> {
  return runAction({
    name: member ? 'addToPoolAction' : 'removeFromPoolAction',
    input: { applicationId: formData.get('applicationId'), poolId: formData.get('poolId') ?? undefined },
    schema: poolMembershipSchema,
    fields: ['poolId'] as const,
    invalid: CHECK_FIELDS,
    act: async (actor, input) => {
      const result = await setPoolMembership(actor, { ...input, member });
      if (result.ok) return true;
      return result.reason === 'pool-not-found' ? refuse<'poolId'>(CHECK_FIELDS, { poolId: [POOL_MESSAGES.pool] }) : refuse(NOT_FOUND);
    },
    answer: (_done, input) => {
      revalidatePath(`/dashboard/applications/${input.applicationId}`);
      return { status: 'success', message: member ? 'Added to the pool' : 'Removed from the pool' };
    },
  });
}

/** Puts the application's person in a talent pool. */
export async function addToPoolAction(_previous: PoolMembershipActionState, formData: FormData): Promise<PoolMembershipActionState> {
  return changePool(formData, true);
}

/** Takes the application's person out of a talent pool. */
export async function removeFromPoolAction(_previous: PoolMembershipActionState, formData: FormData): Promise<PoolMembershipActionState> {
  return changePool(formData, false);
}
