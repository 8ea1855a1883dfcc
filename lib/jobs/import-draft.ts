// A pasted job description → the editor's starting values. Client-safe and pure: the import
// action and its equivalence test both go through it, then through the same schema and save.
import type { ImportedJob } from '@/lib/importer/job-description';
import type { JobFormValues } from '@/lib/validations/job';

export const DEFAULT_CURRENCY = 'USD';

/** Empty strings where the text said nothing: the admin picks those (department, location…). */
export function importedFormValues(imported: ImportedJob): JobFormValues {
  return {
    title: imported.title,
    // Blank: the editor fills it from the title, or the server does when JavaScript is off.
    slug: '',
    departmentId: '',
    locationId: '',
    workplaceType: imported.workplaceType ?? '',
    employmentType: imported.employmentType ?? '',
    payMin: imported.pay?.min ?? '',
    payMax: imported.pay?.max ?? '',
    payCurrency: imported.pay?.currency ?? DEFAULT_CURRENCY,
    payPeriod: imported.pay?.period ?? '',
    closesAt: '',
    summary: imported.summary,
    descriptionMarkdown: imported.descriptionMarkdown,
  };
}

/** The importer's warnings, plus what the admin still has to choose before saving. */
export function importNotes(imported: ImportedJob): string[] {
  return [...imported.warnings, 'Choose a department and a location: plain text does not say which of yours it means'];
}
