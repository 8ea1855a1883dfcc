'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { idleState, type FormAction } from '@/lib/action-state';
import { RATING_LABELS, RATING_SCORES, type RatingActionState } from '@/lib/validations/rating';
import { FormMessages } from './form-messages';

const FIELD_ID = 'rating-score';

/** The user's own rating: set once, changed any time. A plain form, so it works without JavaScript. */
export function RatingForm({ action, applicationId, currentScore }: { action: FormAction<RatingActionState>; applicationId: number; currentScore: number | null }) {
  const [state, formAction, pending] = useActionState<RatingActionState, FormData>(action, idleState);
  const error = state.status === 'error' ? state.fieldErrors?.score : undefined;
  return (
    <form action={formAction} className="grid gap-3" noValidate>
      <input type="hidden" name="applicationId" value={applicationId} />
      <fieldset
        className="grid gap-2"
        aria-describedby={error ? `${FIELD_ID}-error` : undefined}
      >
        <legend className="mb-1 text-sm font-medium text-gray-900">Your rating</legend>
        <div className="grid grid-cols-2 gap-2">
          {RATING_SCORES.map((score) => (
            <label
              key={score}
              className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-gray-300 px-3 text-sm text-gray-900 has-checked:border-accent has-checked:bg-accent/5"
            >
              <input type="radio" name="score" value={score} defaultChecked={currentScore === score} className="size-4 accent-accent" />
              {RATING_LABELS[score]}
            </label>
          ))}
        </div>
      </fieldset>
      <FormMessages id={FIELD_ID} state={state} fieldErrors={error} />
      <Button type="submit" variant="outline" className="justify-self-start" disabled={pending}>
        Save rating
      </Button>
    </form>
  );
}
