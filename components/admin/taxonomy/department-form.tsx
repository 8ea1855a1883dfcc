'use client';

import { useActionState } from 'react';
import { useServerForm } from '@/components/forms/use-server-form';
import { ErrorSummary } from '@/components/forms/error-summary';
import { Button } from '@/components/ui/button';
import { fieldAria, FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { idleState } from '@/lib/action-state';
import { departmentSchema, type DepartmentField, type TaxonomyActionState } from '@/lib/validations/taxonomy';

type Action = (state: TaxonomyActionState, formData: FormData) => Promise<TaxonomyActionState>;
const FIELDS = [{ name: 'name', label: 'Name' }] as const;

/** Adds a department, or renames one (the action bound to its id by the page). */
export function DepartmentForm({ action, initialName = '', submitLabel }: { action: Action; initialName?: string; submitLabel: string }) {
  const [state, formAction, pending] = useActionState(action, idleState as TaxonomyActionState);
  const name = state.status === 'error' ? (state.values?.name ?? initialName) : initialName;
  const { field, errorsFor, onSubmit, summary, summaryRef } = useServerForm<DepartmentField>({
    state,
    formAction,
    schema: departmentSchema,
    fields: FIELDS,
    defaultValues: { name },
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="grid gap-4">
      {summary ? <ErrorSummary ref={summaryRef} title={summary.title} items={summary.items} /> : null}
      <FormField id="name" label="Name" required error={errorsFor('name')}>
        <Input id="name" type="text" autoComplete="off" required defaultValue={name} {...fieldAria('name', { error: errorsFor('name') })} {...field('name')} />
      </FormField>
      <div>
        <Button type="submit" disabled={pending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
