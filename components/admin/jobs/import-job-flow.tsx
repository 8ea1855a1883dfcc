'use client';

import { useActionState, useEffect, useRef } from 'react';
import { ErrorSummary } from '@/components/forms/error-summary';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Textarea } from '@/components/ui/textarea';
import { idleState } from '@/lib/action-state';
import { jobImportSchema, type ImportJobState } from '@/lib/validations/job';
import { JobEditor } from './job-editor';
import type { JobFormOptions } from './job-form-layout';
import { useServerForm } from '@/components/forms/use-server-form';

type ImportAction = (state: ImportJobState, formData: FormData) => Promise<ImportJobState>;
const TEXT_FIELD = [{ name: 'text', label: 'Job description text' }] as const;
const TEXT_HELP = 'Paste the whole posting: title first, then its sections. Pay, work location and job type lines are read too.';

/** Paste → review the draft the importer made → save it. One action state for both steps. */
export function ImportJobFlow({ action, options }: { action: ImportAction; options: JobFormOptions }) {
  const [state, formAction, pending] = useActionState(action, idleState as ImportJobState);
  if (!state.draft) return <ImportTextForm state={state} formAction={formAction} pending={pending} />;
  const notes = state.notes ?? [];
  return (
    <div className="grid gap-6">
      <ImportNotes notes={notes} />
      <JobEditor
        key={state.draftId}
        mode="create"
        state={state}
        formAction={formAction}
        pending={pending}
        initial={state.draft}
        options={options}
        hidden={{ step: 'save', draftId: state.draftId ?? '', note: notes }}
      />
    </div>
  );
}

function ImportNotes({ notes }: { notes: string[] }) {
  // The page changed under the admin's cursor: start reading at what needs their attention.
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} className="focus:outline-2 focus:outline-offset-2 focus:outline-accent">
      <Alert variant="info" title="Check the draft before you save it">
        <ul className="mt-1 grid list-disc gap-1 pl-5">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
        <p className="mt-2">
          Wrong text?{' '}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full load on purpose: <Link> would keep this draft in the page's state */}
          <a href="/admin/jobs/import">Paste different text</a>.
        </p>
      </Alert>
    </div>
  );
}

function ImportTextForm({ state, formAction, pending }: { state: ImportJobState; formAction: (formData: FormData) => void; pending: boolean }) {
  const { field, errorsFor, onSubmit, summary, summaryRef } = useServerForm<'text'>({
    state,
    formAction,
    schema: jobImportSchema,
    fields: TEXT_FIELD,
    defaultValues: { text: state.text ?? '' },
  });
  const errors = errorsFor('text');
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="grid gap-6">
      {summary ? <ErrorSummary ref={summaryRef} title={summary.title} items={summary.items} /> : null}
      <input type="hidden" name="step" value="import" />
      <div className="grid gap-5 rounded-lg border border-gray-200 bg-white p-5 shadow-xs sm:p-6">
        <FormField id="text" label="Job description text" required description={TEXT_HELP} error={errors}>
          <Textarea
            id="text"
            rows={16}
            required
            defaultValue={state.text ?? ''}
            aria-invalid={errors ? true : undefined}
            aria-describedby={errors ? 'text-description text-error' : 'text-description'}
            {...field('text')}
          />
        </FormField>
      </div>
      <div className="grid gap-3 sm:flex sm:items-center">
        <Button type="submit" size="lg" disabled={pending} className="w-full sm:w-auto">
          Import
        </Button>
        <p role="status" className="text-sm text-gray-600">
          {pending ? 'Reading the text…' : 'Nothing is saved until you review the draft and save it.'}
        </p>
      </div>
    </form>
  );
}
