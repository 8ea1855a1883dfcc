import Link from 'next/link';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { NativeSelect } from '@/components/ui/native-select';
import { EMPLOYMENT_TYPE_LABELS, EMPLOYMENT_TYPES, WORKPLACE_TYPE_LABELS, WORKPLACE_TYPES } from '@/lib/domain/job-enums';
import type { JobFieldKit } from './job-field-kit';
import { fieldsetClass, legendClass, type JobFormOptions } from './job-form-layout';

const SLUG_HELP = {
  create: 'The job’s web address, /jobs/your-slug. Made from the title as you type; change it if you like.',
  draft: 'The job’s web address, /jobs/your-slug.',
  published: 'Changing it moves the job’s page; links to the old address keep working.',
};

export function JobBasicsFields({
  kit,
  options,
  slugHelp,
  onSlugTyped,
}: {
  kit: JobFieldKit;
  options: JobFormOptions;
  slugHelp: keyof typeof SLUG_HELP;
  /** Tells the editor to stop filling the slug in from the title. */
  onSlugTyped: () => void;
}) {
  const slug = kit.control('slug', SLUG_HELP[slugHelp]);
  const departmentHelp = (
    <>
      Edit the list under <Link href="/admin/departments" className="underline underline-offset-2">Departments</Link>.
    </>
  );
  const locationHelp = (
    <>
      Needed to publish. Edit the list under <Link href="/admin/locations" className="underline underline-offset-2">Locations</Link>.
    </>
  );
  return (
    <fieldset className={fieldsetClass}>
      <legend className={legendClass}>Basics</legend>
      <FormField id="title" label="Title" required error={kit.errorsFor('title')}>
        <Input type="text" autoComplete="off" required {...kit.control('title')} />
      </FormField>
      <FormField id="slug" label="URL slug" description={SLUG_HELP[slugHelp]} error={kit.errorsFor('slug')}>
        <Input
          type="text"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          {...slug}
          onChange={(event) => {
            onSlugTyped();
            return slug.onChange(event);
          }}
        />
      </FormField>
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField id="departmentId" label="Department" description={departmentHelp} error={kit.errorsFor('departmentId')}>
          <NativeSelect {...kit.control('departmentId', departmentHelp)}>
            <option value="">No department</option>
            {options.departments.map((d) => (
              <option key={d.id} value={String(d.id)}>
                {d.name}
              </option>
            ))}
          </NativeSelect>
        </FormField>
        <FormField id="locationId" label="Location" description={locationHelp} error={kit.errorsFor('locationId')}>
          <NativeSelect {...kit.control('locationId', locationHelp)}>
            <option value="">No location yet</option>
            {options.locations.map((l) => (
              <option key={l.id} value={String(l.id)}>
                {l.label}
              </option>
            ))}
          </NativeSelect>
        </FormField>
        <FormField id="workplaceType" label="Workplace" required error={kit.errorsFor('workplaceType')}>
          <NativeSelect required {...kit.control('workplaceType')}>
            <option value="">Choose…</option>
            {WORKPLACE_TYPES.map((type) => (
              <option key={type} value={type}>
                {WORKPLACE_TYPE_LABELS[type]}
              </option>
            ))}
          </NativeSelect>
        </FormField>
        <FormField id="employmentType" label="Employment type" required error={kit.errorsFor('employmentType')}>
          <NativeSelect required {...kit.control('employmentType')}>
            <option value="">Choose…</option>
            {EMPLOYMENT_TYPES.map((type) => (
              <option key={type} value={type}>
                {EMPLOYMENT_TYPE_LABELS[type]}
              </option>
            ))}
          </NativeSelect>
        </FormField>
      </div>
    </fieldset>
  );
}
