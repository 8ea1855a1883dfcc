// schema.org JobPosting for Google's job search. Pure and client-safe, so it is unit tested
// without a database: https://developers.google.com/search/docs/appearance/structured-data/job-posting
import type { EmploymentType, PayPeriod, WorkplaceType } from '@/lib/domain/job-enums';
import { countryName } from '@/lib/domain/location';
import { isoDate } from '@/lib/format/date';
import { schemaOrgUnitText } from '@/lib/format/pay';

export interface JobPostingSource {
  id: number;
  title: string;
  workplaceType: WorkplaceType;
  employmentType: EmploymentType;
  location: { city: string | null; region: string | null; countryCode: string; remoteArea: string | null } | null;
  payMin: string | null;
  payMax: string | null;
  payCurrency: string | null;
  payPeriod: PayPeriod | null;
  publishedAt: Date;
  closesAt: Date | null;
}

export interface JobPostingCompany {
  name: string;
  url?: string | null;
  logoUrl?: string | null;
}

type JsonLd = { [key: string]: unknown };

const EMPLOYMENT_TYPE: Record<EmploymentType, string> = {
  full_time: 'FULL_TIME',
  part_time: 'PART_TIME',
  contract: 'CONTRACTOR',
  temporary: 'TEMPORARY',
  internship: 'INTERN',
};

/** Drops undefined and null members, so the markup never carries empty properties. */
function compact(object: JsonLd): JsonLd {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined && value !== null && value !== ''));
}

function amount(value: string | null): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

function baseSalary(job: JobPostingSource): JsonLd | undefined {
  const minValue = amount(job.payMin);
  const maxValue = amount(job.payMax);
  if ((minValue === undefined && maxValue === undefined) || !job.payCurrency || !job.payPeriod) return undefined;
  return {
    '@type': 'MonetaryAmount',
    currency: job.payCurrency,
    value: compact({ '@type': 'QuantitativeValue', minValue, maxValue, unitText: schemaOrgUnitText(job.payPeriod) }),
  };
}

function placeFields(job: JobPostingSource): JsonLd {
  const place = job.location;
  if (!place) return {};
  const remote = job.workplaceType === 'remote';
  // A remote job with a city still names its office; a remote job without one has no Place.
  const jobLocation =
    !remote || place.city
      ? {
          '@type': 'Place',
          address: compact({
            '@type': 'PostalAddress',
            addressLocality: place.city,
            addressRegion: place.region,
            addressCountry: place.countryCode,
          }),
        }
      : undefined;
  if (!remote) return { jobLocation };
  const country = countryName(place.countryCode);
  const area = place.remoteArea?.trim();
  const applicantLocationRequirements =
    !area || area === country || area === place.countryCode
      ? { '@type': 'Country', name: country }
      : { '@type': 'AdministrativeArea', name: area };
  return compact({ jobLocation, jobLocationType: 'TELECOMMUTE', applicantLocationRequirements });
}

/**
 * The JobPosting object for an open job. `descriptionHtml` is the sanitized HTML the page shows
 * (renderMarkdown), which Google accepts and prefers to plain text.
 */
export function buildJobPostingJsonLd(job: JobPostingSource, descriptionHtml: string, company: JobPostingCompany, url?: string): JsonLd {
  return compact({
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: job.title,
    description: descriptionHtml,
    datePosted: isoDate(job.publishedAt),
    validThrough: job.closesAt ? job.closesAt.toISOString() : undefined,
    employmentType: EMPLOYMENT_TYPE[job.employmentType],
    hiringOrganization: compact({ '@type': 'Organization', name: company.name, sameAs: company.url, logo: company.logoUrl }),
    ...placeFields(job),
    baseSalary: baseSalary(job),
    directApply: true,
    identifier: { '@type': 'PropertyValue', name: company.name, value: String(job.id) },
    url,
  });
}

/**
 * JSON for an inline <script>: `<`, `>` and `&` become unicode escapes so a posting containing
 * "</script>" or "<!--" cannot end the element, and U+2028/U+2029 are escaped for old JS parsers.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Google's required JobPosting properties; the last is met by either kind of location. */
export const JOB_POSTING_REQUIRED_FIELDS = [
  'title',
  'description',
  'datePosted',
  'hiringOrganization.name',
  'jobLocation.address.addressCountry | jobLocationType+applicantLocationRequirements',
] as const;

function at(object: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as JsonLd)[key] : undefined), object);
}

const present = (value: unknown) => value !== undefined && value !== null && value !== '';

/** The required fields a JobPosting lacks (empty when Google can index it). */
export function missingGoogleFields(jsonLd: unknown): string[] {
  return JOB_POSTING_REQUIRED_FIELDS.filter((field) => {
    if (!field.includes('|')) return !present(at(jsonLd, field));
    const hasAddress = present(at(jsonLd, 'jobLocation.address.addressCountry'));
    const isRemote = at(jsonLd, 'jobLocationType') === 'TELECOMMUTE' && present(at(jsonLd, 'applicantLocationRequirements.name'));
    return !hasAddress && !isRemote;
  });
}
