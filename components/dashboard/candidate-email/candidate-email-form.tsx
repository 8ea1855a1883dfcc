'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { fieldAria, FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Textarea } from '@/components/ui/textarea';
import { idleState, type ActionState } from '@/lib/action-state';
import { TEMPLATE_PLACEHOLDERS } from '@/lib/domain/template-render';
import { CANDIDATE_EMAIL_LIMITS, type CandidateEmailField } from '@/lib/validations/candidate-email';

type State = ActionState<CandidateEmailField> & { values?: { subject: string; body: string }; preview?: { to: string; subject: string; text: string } };
type CandidateEmailAction = (previous: State, formData: FormData) => Promise<State>;

/** Subject and message with placeholders; "Preview" shows the exact email, "Send" queues it. Works without JavaScript. */
export function CandidateEmailForm({ action, applicationId, formToken, initial }: { action: CandidateEmailAction; applicationId: number; formToken: string; initial: { subject: string; body: string } }) {
  const [state, formAction, pending] = useActionState(action, idleState as State);
  const errors = state.status === 'error' ? (state.fieldErrors ?? {}) : {};
  const values = state.values ?? initial;
  const hint = `Placeholders: ${TEMPLATE_PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}.`;
  return (
    <div className="grid gap-4">
      <form action={formAction} className="grid gap-4" noValidate>
        <input type="hidden" name="applicationId" value={applicationId} />
        <input type="hidden" name="formToken" value={formToken} />
        {state.status === 'error' ? <Alert variant="error" title={state.message} /> : null}
        {state.status === 'success' ? <Alert variant="success" title={state.message} /> : null}
        <FormField id="email-subject" label="Subject" error={errors.subject} required>
          <Input id="email-subject" name="subject" maxLength={CANDIDATE_EMAIL_LIMITS.subject} defaultValue={values.subject} {...fieldAria('email-subject', { error: errors.subject })} />
        </FormField>
        <FormField id="email-body" label="Message" description={hint} error={errors.body} required>
          <Textarea id="email-body" name="body" rows={10} maxLength={CANDIDATE_EMAIL_LIMITS.body} defaultValue={values.body} {...fieldAria('email-body', { error: errors.body, description: hint })} />
        </FormField>
        <div className="flex flex-wrap gap-3">
          <Button type="submit" name="intent" value="preview" variant="outline" aria-disabled={pending || undefined}>
            Preview
          </Button>
          <Button type="submit" name="intent" value="send" aria-disabled={pending || undefined}>
            Send email
          </Button>
        </div>
      </form>
      {state.preview ? (
        <figure aria-label={`Preview of the email to ${state.preview.to}`} className="grid gap-2 rounded-lg border border-gray-200 bg-gray-50 p-4">
          <figcaption className="text-sm text-gray-700">
            To {state.preview.to} · <strong className="font-medium text-gray-900">{state.preview.subject}</strong>
          </figcaption>
          <pre className="font-sans text-sm break-words whitespace-pre-wrap text-gray-900">{state.preview.text}</pre>
        </figure>
      ) : null}
    </div>
  );
}
