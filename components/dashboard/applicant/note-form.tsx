'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { fieldAria } from '@/components/ui/form-field';
import { Label } from '@/components/ui/label';
import { Textarea } from '@/components/ui/textarea';
import { idleState, type FormAction } from '@/lib/action-state';
import { NOTE_MAX_LENGTH, type NoteActionState } from '@/lib/validations/note';
import { FormMessages } from './form-messages';

const FIELD_ID = 'note-body';

/** A plain form posting to the action, so it works before (or without) JavaScript. */
export function NoteForm({ action, applicationId }: { action: FormAction<NoteActionState>; applicationId: number }) {
  const [state, formAction, pending] = useActionState<NoteActionState, FormData>(action, idleState);
  const error = state.status === 'error' ? state.fieldErrors?.body : undefined;
  return (
    <form action={formAction} className="grid gap-3" noValidate>
      <input type="hidden" name="applicationId" value={applicationId} />
      <div className="grid gap-2">
        <Label htmlFor={FIELD_ID}>Add a note</Label>
        <Textarea
          id={FIELD_ID}
          name="body"
          rows={4}
          maxLength={NOTE_MAX_LENGTH}
          // React resets the form after the action; after an error the reset restores the text sent.
          defaultValue={state.status === 'error' ? state.body : undefined}
          {...fieldAria(FIELD_ID, { error })}
        />
        <FormMessages id={FIELD_ID} state={state} fieldErrors={error} />
      </div>
      <Button type="submit" variant="outline" className="justify-self-start" disabled={pending}>
        Add note
      </Button>
    </form>
  );
}
