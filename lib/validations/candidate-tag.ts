import { z } from 'zod';
import type { ActionState } from '@/lib/action-state';
import { TAGS_PER_CANDIDATE } from '@/lib/domain/candidate-search';
import { applicationIdField } from './note';

// The tag form and its actions share this schema. Client-safe: no server imports.

export const TAG_MAX_LENGTH = 40;

export const TAG_MESSAGES = {
  missing: 'Write a tag before adding it',
  tooLong: `Keep a tag to ${TAG_MAX_LENGTH} characters or fewer`,
  characters: 'Use letters, numbers, spaces and . _ + # - only, starting with a letter or number',
  tooMany: `A candidate can have at most ${TAGS_PER_CANDIDATE} tags: remove one first`,
} as const;

/** Lower case with single spaces, so "Backend  Lead" and "backend lead" are one tag. */
export const tagField = z
  .string({ error: TAG_MESSAGES.missing })
  .transform((value) => value.trim().replace(/\s+/g, ' ').toLowerCase())
  .pipe(
    z
      .string()
      .min(1, { error: TAG_MESSAGES.missing, abort: true })
      .max(TAG_MAX_LENGTH, { error: TAG_MESSAGES.tooLong, abort: true })
      .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._+#-]*$/u, TAG_MESSAGES.characters),
  );

export const candidateTagSchema = z.object({ applicationId: applicationIdField, tag: tagField });

export type CandidateTagInput = z.infer<typeof candidateTagSchema>;
export type CandidateTagField = keyof CandidateTagInput;
/** On an error the typed tag comes back, because React resets a form after its action runs. */
export type CandidateTagActionState = ActionState<CandidateTagField> & { tag?: string };
