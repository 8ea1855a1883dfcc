'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { fieldAria } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { idleState, type FormAction } from '@/lib/action-state';
import type { CandidateMergeActionState } from '@/lib/validations/candidate-merge';
import { FormMessages } from './form-messages';

const FIELD_ID = 'merge-email';

/** Admins: folds a duplicate record of the same person into this one. A plain form: it works without JavaScript. */
export function MergeCandidateForm({ action, applicationId }: { action: FormAction<CandidateMergeActionState>; applicationId: number }) {
  const [state, formAction, pending] = useActionState<CandidateMergeActionState, FormData>(action, idleState);
  const error = state.status === 'error' ? state.fieldErrors?.duplicateEmail : undefined;
  return (
    <Card aria-labelledby="merge-heading">
      <CardHeader>
        <CardTitle id="merge-heading">Merge a duplicate record</CardTitle>
      </CardHeader>
      <CardContent>
        <form action={formAction} className="grid gap-2" noValidate>
          <input type="hidden" name="applicationId" value={applicationId} />
          <Label htmlFor={FIELD_ID}>Email of the other record</Label>
          <p id={`${FIELD_ID}-description`} className="text-sm text-gray-600">
            Its applications, with their notes, files and interviews, and its tags move here; this candidate’s details stay. Audited.
          </p>
          <Input
            id={FIELD_ID}
            name="duplicateEmail"
            type="email"
            autoComplete="off"
            defaultValue={state.status === 'error' ? state.duplicateEmail : undefined}
            {...fieldAria(FIELD_ID, { error, description: true })}
          />
          <FormMessages id={FIELD_ID} state={state} fieldErrors={error} />
          <Button type="submit" variant="outline" className="justify-self-start" disabled={pending}>
            Merge into this candidate
          </Button>
        </form>
      </CardContent>
    </Card>
  );
}
