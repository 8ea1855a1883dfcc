'use client';

import { useActionState } from 'react';
import { useServerForm } from '@/components/forms/use-server-form';
import { ErrorSummary } from '@/components/forms/error-summary';
import { Button } from '@/components/ui/button';
import { fieldAria, FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { NativeSelect } from '@/components/ui/native-select';
import { idleState } from '@/lib/action-state';
import { locationSchema, type LocationField, type TaxonomyActionState, type TaxonomyFormValues } from '@/lib/validations/taxonomy';

type Action = (state: TaxonomyActionState, formData: FormData) => Promise<TaxonomyActionState>;
const FIELDS = [
  { name: 'city', label: 'City' },
  { name: 'region', label: 'Region' },
  { name: 'countryCode', label: 'Country' },
  { name: 'remoteArea', label: 'Remote area' },
] as const;
const REGION_HELP = 'State, province or county, e.g. TX or Ontario.';
const REMOTE_HELP = 'For remote jobs: where people may work from, e.g. European Union. Shown to candidates and search engines.';

/** Adds a location, or edits one (the action bound to its id by the page). */
export function LocationForm({
  action,
  initial = {},
  countries,
  submitLabel,
}: {
  action: Action;
  initial?: TaxonomyFormValues;
  /** From the server page: 249 names need not travel in the client bundle. */
  countries: Array<{ code: string; name: string }>;
  submitLabel: string;
}) {
  const [state, formAction, pending] = useActionState(action, idleState as TaxonomyActionState);
  const shown: TaxonomyFormValues = { ...initial, ...(state.status === 'error' ? state.values : undefined) };
  const { field, errorsFor, onSubmit, summary, summaryRef } = useServerForm<LocationField>({ state, formAction, schema: locationSchema, fields: FIELDS, defaultValues: shown });
  const control = (name: LocationField, description?: string) => ({
    id: name,
    defaultValue: shown[name] ?? '',
    ...fieldAria(name, { error: errorsFor(name), description }),
    ...field(name),
  });

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="grid gap-4">
      {summary ? <ErrorSummary ref={summaryRef} title={summary.title} items={summary.items} /> : null}
      <FormField id="city" label="City" error={errorsFor('city')}>
        <Input type="text" autoComplete="off" {...control('city')} />
      </FormField>
      <FormField id="region" label="Region" description={REGION_HELP} error={errorsFor('region')}>
        <Input type="text" autoComplete="off" {...control('region', REGION_HELP)} />
      </FormField>
      <FormField id="countryCode" label="Country" required error={errorsFor('countryCode')}>
        <NativeSelect required {...control('countryCode')}>
          <option value="">Choose a country…</option>
          {countries.map((country) => (
            <option key={country.code} value={country.code}>
              {country.name} ({country.code})
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <FormField id="remoteArea" label="Remote area" description={REMOTE_HELP} error={errorsFor('remoteArea')}>
        <Input type="text" autoComplete="off" {...control('remoteArea', REMOTE_HELP)} />
      </FormField>
      <div>
        <Button type="submit" disabled={pending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
