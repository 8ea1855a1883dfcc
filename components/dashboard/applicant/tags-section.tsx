'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { fieldAria } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { idleState, type FormAction } from '@/lib/action-state';
import { TAG_MAX_LENGTH, type CandidateTagActionState } from '@/lib/validations/candidate-tag';
import { FormMessages } from './form-messages';

const FIELD_ID = 'candidate-tag';

interface TagActions {
  add: FormAction<CandidateTagActionState>;
  remove: FormAction<CandidateTagActionState>;
}

/** The person's tags (found by the candidate search), each removable, and a form to add one. Plain forms: they work without JavaScript. */
export function TagsSection({ actions, applicationId, tags }: { actions: TagActions; applicationId: number; tags: string[] }) {
  const [addState, addAction, adding] = useActionState<CandidateTagActionState, FormData>(actions.add, idleState);
  const [removeState, removeAction, removing] = useActionState<CandidateTagActionState, FormData>(actions.remove, idleState);
  const error = addState.status === 'error' ? addState.fieldErrors?.tag : undefined;
  return (
    <Card aria-labelledby="tags-heading">
      <CardHeader>
        <CardTitle id="tags-heading">Tags</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-4">
        {tags.length === 0 ? (
          <p className="text-sm text-gray-600">No tags yet. Tags follow the person to every job and find them in the candidate search.</p>
        ) : (
          <ul className="flex flex-wrap gap-2" aria-label="Tags">
            {tags.map((tag) => (
              <li key={tag} className="flex items-center gap-1 rounded-full bg-gray-100 py-0.5 pr-1 pl-3 text-sm text-gray-900">
                {tag}
                <form action={removeAction}>
                  <input type="hidden" name="applicationId" value={applicationId} />
                  <input type="hidden" name="tag" value={tag} />
                  <Button type="submit" variant="ghost" size="sm" className="rounded-full px-2" aria-label={`Remove tag ${tag}`} disabled={removing}>
                    ×
                  </Button>
                </form>
              </li>
            ))}
          </ul>
        )}
        <FormMessages id="candidate-tag-remove" state={removeState} />
        <form action={addAction} className="grid gap-2" noValidate>
          <input type="hidden" name="applicationId" value={applicationId} />
          <Label htmlFor={FIELD_ID}>Add a tag</Label>
          <div className="flex gap-2">
            <Input
              id={FIELD_ID}
              name="tag"
              maxLength={TAG_MAX_LENGTH}
              autoComplete="off"
              defaultValue={addState.status === 'error' ? addState.tag : undefined}
              {...fieldAria(FIELD_ID, { error })}
            />
            <Button type="submit" variant="outline" disabled={adding}>
              Add tag
            </Button>
          </div>
          <FormMessages id={FIELD_ID} state={addState} fieldErrors={error} />
        </form>
      </CardContent>
    </Card>
  );
}
