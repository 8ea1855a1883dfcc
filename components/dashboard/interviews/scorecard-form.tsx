'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { fieldAria, FormField } from '@/components/ui/form-field';
import { Textarea } from '@/components/ui/textarea';
import { idleState } from '@/lib/action-state';
import { CRITERION_RATING_LABELS, CRITERION_RATINGS, RECOMMENDATION_LABELS, RECOMMENDATIONS } from '@/lib/domain/hiring-loop';
import type { InterviewFormState } from '@/lib/interviews/form-state';
import { SCORECARD_NOTES_MAX } from '@/lib/validations/scorecard';
import type { InterviewFormAction } from './schedule-interview-form';

export interface ScorecardFormProps {
  action: InterviewFormAction;
  interviewId: number;
  criteria: Array<{ key: string; label: string }>;
  /** The user's saved scorecard, when revising it. */
  initial?: Record<string, string>;
}

/** Radio groups per criterion and for the recommendation: a plain form, keyboard and no-JS friendly. */
export function ScorecardForm({ action, interviewId, criteria, initial = {} }: ScorecardFormProps) {
  const [state, formAction, pending] = useActionState(action, idleState as InterviewFormState);
  const errors = state.status === 'error' ? (state.fieldErrors ?? {}) : {};
  const values = (state.status === 'error' && state.values ? state.values : initial) as Record<string, string>;
  return (
    <form action={formAction} className="grid gap-5" noValidate>
      <input type="hidden" name="interviewId" value={interviewId} />
      {state.status === 'error' ? <Alert variant="error" title={state.message} /> : null}
      {state.status === 'success' ? <Alert variant="success" title={state.message} /> : null}
      {criteria.map((criterion) => (
        <fieldset key={criterion.key} className="grid gap-2" aria-describedby={errors[`rating.${criterion.key}`] ? `rating-${criterion.key}-error` : undefined}>
          <legend className="text-sm font-medium text-gray-900">{criterion.label}</legend>
          <div className="flex flex-wrap gap-x-4 gap-y-1">
            {[...CRITERION_RATINGS.map(String), ''].map((score) => (
              <label key={score || 'none'} className="flex min-h-11 items-center gap-2 text-sm text-gray-900">
                <input type="radio" name={`rating.${criterion.key}`} value={score} defaultChecked={(values[`rating.${criterion.key}`] ?? '') === score} className="size-4 accent-accent" />
                {score ? `${score} ${CRITERION_RATING_LABELS[Number(score)]}` : 'Not rated'}
              </label>
            ))}
          </div>
          <p id={`rating-${criterion.key}-error`} className="text-sm font-medium text-red-700 empty:hidden">
            {errors[`rating.${criterion.key}`]?.join(' ')}
          </p>
        </fieldset>
      ))}
      <fieldset className="grid gap-2" aria-describedby={errors.recommendation ? 'recommendation-error' : undefined}>
        <legend className="text-sm font-medium text-gray-900">Overall recommendation</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {RECOMMENDATIONS.map((value) => (
            <label key={value} className="flex min-h-11 items-center gap-2 text-sm text-gray-900">
              <input type="radio" name="recommendation" value={value} defaultChecked={values.recommendation === value} className="size-4 accent-accent" />
              {RECOMMENDATION_LABELS[value]}
            </label>
          ))}
        </div>
        <p id="recommendation-error" className="text-sm font-medium text-red-700 empty:hidden">
          {errors.recommendation?.join(' ')}
        </p>
      </fieldset>
      <FormField id="scorecard-notes" label="Notes" error={errors.notes}>
        <Textarea id="scorecard-notes" name="notes" rows={5} maxLength={SCORECARD_NOTES_MAX} defaultValue={values.notes} {...fieldAria('scorecard-notes', { error: errors.notes })} />
      </FormField>
      <Button type="submit" className="justify-self-start" aria-disabled={pending || undefined}>
        {initial.recommendation ? 'Update scorecard' : 'Submit scorecard'}
      </Button>
    </form>
  );
}
