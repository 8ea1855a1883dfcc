'use client';

import { useActionForm, type FieldInfo } from '@/components/forms/use-server-form';
import { ErrorSummary } from '@/components/forms/error-summary';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { fieldAria, FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Textarea } from '@/components/ui/textarea';
import type { AdminSettings } from '@/db/types';
import { SETTINGS_LIMITS, settingsSchema, type SettingsActionState, type SettingsField } from '@/lib/validations/settings';
import { AccentColorField } from './accent-color-field';
import type { FormAction } from '@/lib/action-state';

const FIELDS: readonly FieldInfo<SettingsField>[] = [
  { name: 'companyName', label: 'Company name' },
  { name: 'companySlug', label: 'Board slug' },
  { name: 'companyUrl', label: 'Company website' },
  { name: 'logoUrl', label: 'Logo URL' },
  { name: 'accentColor', label: 'Accent colour' },
  { name: 'careersIntro', label: 'Careers page introduction' },
  { name: 'privacyText', label: 'Privacy and consent text' },
  { name: 'retentionDays', label: 'Retention period' },
  { name: 'requirePayRange', label: 'Require a pay range to publish' },
];

const HELP = {
  companySlug: 'Lower-case letters, digits and hyphens. Part of the job board API address and the company’s ID in search engines.',
  logoUrl: 'An https:// image address, shown in the careers site header.',
  careersIntro: `Shown at the top of the job board. Up to ${SETTINGS_LIMITS.careersIntro} characters.`,
  privacyText: `Candidates must agree to this to apply; each application keeps the wording it agreed to. Up to ${SETTINGS_LIMITS.privacyText} characters.`,
  retentionDays: `How long applications are kept after their last activity, in days (at least ${SETTINGS_LIMITS.minRetentionDays}).`,
};

type TextField = Exclude<SettingsField, 'accentColor' | 'requirePayRange'>;

export function SettingsForm({ action, settings }: { action: FormAction<SettingsActionState>; settings: AdminSettings }) {
  const { version, ...initial } = settings;
  const defaults = { ...initial, companyUrl: initial.companyUrl ?? '', logoUrl: initial.logoUrl ?? '', retentionDays: String(initial.retentionDays) };
  const { state, form, formAction, onSubmit, errorsFor, pending, summary, summaryRef } = useActionForm<SettingsField, SettingsActionState>({
    action,
    initialState: { status: 'idle' },
    schema: settingsSchema,
    fields: FIELDS,
    defaultValues: defaults,
  });
  // Without JavaScript a refused form comes back from the server: show what was typed, not the saved values.
  const shown = { ...defaults, ...(state.status === 'error' ? state.values : undefined) };
  const aria = (name: SettingsField, description?: string) => fieldAria(name, { error: errorsFor(name), description });

  const text = (name: TextField, label: string, props: { required?: boolean; type?: string; description?: string } = {}) => (
    <FormField id={name} label={label} required={props.required} description={props.description} error={errorsFor(name)}>
      <Input
        id={name}
        type={props.type ?? 'text'}
        spellCheck={false}
        defaultValue={String(shown[name] ?? '')}
        {...form.register(name)}
        {...aria(name, props.description)}
      />
    </FormField>
  );

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="grid gap-6">
      {state.status === 'success' ? <Alert variant="success">{state.message}</Alert> : null}
      {summary ? <ErrorSummary ref={summaryRef} title={summary.title} items={summary.items} /> : null}
      <input type="hidden" name="version" value={version} />

      <fieldset className="grid gap-5 rounded-lg border border-gray-200 bg-white p-5 sm:p-6">
        <legend className="px-1 text-base font-semibold text-gray-900">Company</legend>
        {text('companyName', 'Company name', { required: true })}
        {text('companySlug', 'Board slug', { required: true, description: HELP.companySlug })}
        {text('companyUrl', 'Company website', { type: 'url' })}
        {text('logoUrl', 'Logo URL', { type: 'url', description: HELP.logoUrl })}
        <AccentColorField form={form} error={errorsFor('accentColor')} initial={settings.accentColor} />
      </fieldset>

      <fieldset className="grid gap-5 rounded-lg border border-gray-200 bg-white p-5 sm:p-6">
        <legend className="px-1 text-base font-semibold text-gray-900">Careers site and applications</legend>
        <FormField id="careersIntro" label="Careers page introduction" description={HELP.careersIntro} error={errorsFor('careersIntro')}>
          <Textarea id="careersIntro" rows={3} defaultValue={String(shown.careersIntro)} {...form.register('careersIntro')} {...aria('careersIntro', HELP.careersIntro)} />
        </FormField>
        <FormField id="privacyText" label="Privacy and consent text" required description={HELP.privacyText} error={errorsFor('privacyText')}>
          <Textarea id="privacyText" rows={5} defaultValue={String(shown.privacyText)} {...form.register('privacyText')} {...aria('privacyText', HELP.privacyText)} />
        </FormField>
        <FormField id="retentionDays" label="Retention period (days)" required description={HELP.retentionDays} error={errorsFor('retentionDays')}>
          <Input
            id="retentionDays"
            type="number"
            inputMode="numeric"
            min={SETTINGS_LIMITS.minRetentionDays}
            max={SETTINGS_LIMITS.maxRetentionDays}
            step={1}
            defaultValue={String(shown.retentionDays)}
            className="w-40"
            {...form.register('retentionDays')}
            {...aria('retentionDays', HELP.retentionDays)}
          />
        </FormField>
        <div className="grid gap-1">
          <div className="flex items-start gap-3">
            <Checkbox id="requirePayRange" defaultChecked={Boolean(shown.requirePayRange)} {...form.register('requirePayRange')} aria-describedby="requirePayRange-description" />
            <Label htmlFor="requirePayRange">Require a pay range to publish</Label>
          </div>
          <p id="requirePayRange-description" className="pl-8 text-sm text-gray-600">
            Pay-transparency laws in many places ask for it. Jobs without one stay drafts.
          </p>
        </div>
      </fieldset>

      <div>
        <Button type="submit" aria-disabled={pending || undefined}>
          Save settings
        </Button>
      </div>
    </form>
  );
}
