'use client';

import { useEffect, useRef } from 'react';
import { useWatch } from 'react-hook-form';
import { ErrorSummary } from '@/components/forms/error-summary';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { slugify } from '@/lib/domain/slug';
import { JOB_MESSAGES, jobEditSchema, jobSchema, type JobActionState, type JobField, type JobFormValues } from '@/lib/validations/job';
import { JobBasicsFields } from './job-basics-fields';
import { JobDescriptionFields } from './job-description-fields';
import { makeJobFieldKit } from './job-field-kit';
import type { JobFormOptions } from './job-form-layout';
import { JobPayFields } from './job-pay-fields';
import { useServerForm, type FieldInfo } from '@/components/forms/use-server-form';

const FIELDS: readonly FieldInfo<JobField>[] = [
  { name: 'title', label: 'Title' },
  { name: 'slug', label: 'URL slug' },
  { name: 'departmentId', label: 'Department' },
  { name: 'locationId', label: 'Location' },
  { name: 'workplaceType', label: 'Workplace' },
  { name: 'employmentType', label: 'Employment type' },
  { name: 'payMin', label: 'Minimum pay' },
  { name: 'payMax', label: 'Maximum pay' },
  { name: 'payCurrency', label: 'Currency' },
  { name: 'payPeriod', label: 'Pay period' },
  { name: 'closesAt', label: 'Closing date' },
  { name: 'summary', label: 'Summary' },
  { name: 'descriptionMarkdown', label: 'Description' },
];

export interface JobEditorProps {
  mode: 'create' | 'edit';
  /** The owner's useActionState: the editor posts to it and shows what it answered. */
  state: JobActionState;
  formAction: (formData: FormData) => void;
  pending: boolean;
  initial: JobFormValues;
  options: JobFormOptions;
  /** Whether the public has seen this job (a slug change then keeps the old address redirecting). */
  published?: boolean;
  /** Hidden fields the owner's action needs besides the job's own. */
  hidden?: Record<string, string | string[]>;
  /** The job's page, to throw the edits away and load what someone else saved. */
  reloadHref?: string;
}

export function JobEditor({ mode, state, formAction, pending, initial, options, published = false, hidden = {}, reloadHref }: JobEditorProps) {
  // Without JavaScript a refused form comes back from the server: show what was typed.
  const shown: JobFormValues = { ...initial, ...(state.status === 'error' ? state.values : undefined) };
  const { form, field, errorsFor, onSubmit, summary, summaryRef } = useServerForm<JobField>({
    state,
    formAction,
    schema: mode === 'create' ? jobSchema : jobEditSchema,
    fields: FIELDS,
    defaultValues: shown,
  });
  const kit = makeJobFieldKit(shown, errorsFor, field);
  const [title, markdown] = useWatch({ control: form.control, name: ['title', 'descriptionMarkdown'] }) as [string | undefined, string | undefined];

  // On a new job the slug follows the title until the admin types a slug of their own.
  const slugTyped = useRef(mode === 'edit' || Boolean(shown.slug));
  useEffect(() => {
    if (!slugTyped.current) form.setValue('slug', slugify(title ?? ''));
  }, [form, title]);

  const conflict = state.status === 'error' && state.message === JOB_MESSAGES.conflict;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="grid gap-6">
      {summary ? <ErrorSummary ref={summaryRef} title={summary.title} items={summary.items} /> : null}
      {conflict && reloadHref ? (
        <Alert variant="info">
          {/* A full load on purpose: the form must start again from what was saved. */}
          <a href={reloadHref}>Reload the job to see what was saved</a> (your edits below will be lost), then make your changes again.
        </Alert>
      ) : null}
      {mode === 'edit' ? <input type="hidden" {...field('version')} defaultValue={shown.version ?? ''} /> : null}
      {Object.entries(hidden).flatMap(([name, value]) =>
        (Array.isArray(value) ? value : [value]).map((item, index) => <input key={`${name}-${index}`} type="hidden" name={name} value={item} />),
      )}

      <JobBasicsFields kit={kit} options={options} slugHelp={mode === 'create' ? 'create' : published ? 'published' : 'draft'} onSlugTyped={() => (slugTyped.current = true)} />
      <JobPayFields kit={kit} />
      <JobDescriptionFields kit={kit} markdown={markdown ?? ''} />

      <div className="grid gap-3 sm:flex sm:items-center">
        <Button type="submit" size="lg" disabled={pending} className="w-full sm:w-auto">
          {mode === 'create' ? 'Create draft' : 'Save changes'}
        </Button>
        <p role="status" className="text-sm text-gray-600">
          {pending ? 'Saving…' : null}
        </p>
      </div>
    </form>
  );
}
