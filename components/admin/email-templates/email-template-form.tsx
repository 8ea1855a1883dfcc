'use client';

import { useWatch } from 'react-hook-form';
import { useActionForm, type FieldInfo } from '@/components/forms/use-server-form';
import { ErrorSummary } from '@/components/forms/error-summary';
import { EmailPreview } from '@/components/mail/email-preview';
import { Button } from '@/components/ui/button';
import { fieldAria, FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Textarea } from '@/components/ui/textarea';
import type { AdminEmailTemplate } from '@/db/types';
import { renderTemplate, SAMPLE_TEMPLATE_VALUES, TEMPLATE_PLACEHOLDERS, templateProblems } from '@/lib/domain/template-render';
import { EMAIL_TEMPLATE_LIMITS, emailTemplateSchema, type EmailTemplateActionState, type EmailTemplateField } from '@/lib/validations/email-template';
import type { FormAction } from '@/lib/action-state';

const FIELDS: readonly FieldInfo<EmailTemplateField>[] = [
  { name: 'subject', label: 'Subject' },
  { name: 'body', label: 'Email text' },
];

const PLACEHOLDER_HELP = `Plain text. Placeholders: ${TEMPLATE_PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}. A blank line starts a new paragraph.`;

/** Edits one template, with a live preview filled with sample values (the saved one is at …/preview). */
export function EmailTemplateForm({ action, template }: { action: FormAction<EmailTemplateActionState>; template: AdminEmailTemplate }) {
  const defaults = { subject: template.subject, body: template.body };
  const { state, form, formAction, onSubmit, errorsFor, pending, summary, summaryRef } = useActionForm<EmailTemplateField, EmailTemplateActionState>({
    action,
    initialState: { status: 'idle' },
    schema: emailTemplateSchema,
    fields: FIELDS,
    defaultValues: defaults,
  });
  // Without JavaScript a refused form comes back from the server: show what was typed.
  const shown = { ...defaults, ...(state.status === 'error' ? state.values : undefined) };
  const [subject, body] = useWatch({ control: form.control, name: ['subject', 'body'] }) as [string | undefined, string | undefined];
  const typed = { subject: subject ?? shown.subject, body: body ?? shown.body };
  const previewable = templateProblems(typed.subject).length === 0 && templateProblems(typed.body).length === 0;
  const preview = previewable ? renderTemplate(typed, SAMPLE_TEMPLATE_VALUES) : null;

  return (
    <div className="grid items-start gap-6 lg:grid-cols-2">
      <form action={formAction} onSubmit={onSubmit} noValidate className="grid gap-5 rounded-lg border border-gray-200 bg-white p-5 sm:p-6">
        {summary ? <ErrorSummary ref={summaryRef} title={summary.title} items={summary.items} /> : null}
        <input type="hidden" name="slug" value={template.slug} />
        <input type="hidden" name="version" value={template.version} />
        <FormField id="subject" label="Subject" required error={errorsFor('subject')}>
          <Input
            id="subject"
            maxLength={EMAIL_TEMPLATE_LIMITS.subject}
            defaultValue={shown.subject}
            {...form.register('subject')}
            {...fieldAria('subject', { error: errorsFor('subject') })}
          />
        </FormField>
        <FormField id="body" label="Email text" required description={PLACEHOLDER_HELP} error={errorsFor('body')}>
          <Textarea
            id="body"
            rows={14}
            defaultValue={shown.body}
            {...form.register('body')}
            {...fieldAria('body', { error: errorsFor('body'), description: PLACEHOLDER_HELP })}
          />
        </FormField>
        <div>
          <Button type="submit" aria-disabled={pending || undefined}>
            Save template
          </Button>
        </div>
      </form>
      <section aria-labelledby="live-preview-heading" className="grid gap-2">
        <h2 id="live-preview-heading" className="text-base font-semibold text-gray-900">
          Preview with sample values
        </h2>
        {preview ? (
          <EmailPreview label="Preview of the edited email" to="ada.lovelace@example.com" subject={preview.subject} text={preview.text} />
        ) : (
          <p className="rounded-lg border border-dashed border-gray-300 p-4 text-sm text-gray-700">Fix the placeholders to see the preview.</p>
        )}
      </section>
    </div>
  );
}
