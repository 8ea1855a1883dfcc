import { z } from 'zod';
import type { ActionState } from '@/lib/action-state';

// The note form and addNoteAction share this schema. Client-safe: no server imports.

export const NOTE_MAX_LENGTH = 10_000;

export const NOTE_MESSAGES = {
  missing: 'Write a note before adding it',
  tooLong: 'Keep a note to 10,000 characters or fewer',
  application: 'This application isn’t available',
} as const;

export const applicationIdField = z.coerce
  .number({ error: NOTE_MESSAGES.application })
  .int(NOTE_MESSAGES.application)
  .positive(NOTE_MESSAGES.application)
  // A serial id beyond int4 would be a database error, not a missing application.
  .max(2_147_483_647, NOTE_MESSAGES.application);

export const noteSchema = z.object({
  applicationId: applicationIdField,
  // Only the ends are trimmed: line breaks inside a note are part of it.
  body: z.string({ error: NOTE_MESSAGES.missing }).trim().min(1, NOTE_MESSAGES.missing).max(NOTE_MAX_LENGTH, NOTE_MESSAGES.tooLong),
});

export type NoteInput = z.infer<typeof noteSchema>;
export type NoteField = keyof NoteInput;

/** On an error the body comes back, because React resets a form after its action runs. */
export type NoteActionState = ActionState<NoteField> & { body?: string };
