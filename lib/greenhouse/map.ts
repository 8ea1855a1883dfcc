// Portico rows → Greenhouse Job Board API objects. Pure, so every field is unit tested.
import type { BoardCompany, BoardJob, BoardPlace } from '@/db/queries/public-board';
import { countryName, formatLocation } from '@/lib/domain/location';
import { payPeriodLabel } from '@/lib/format/pay';
import { escapeHtml } from '@/lib/escape';
import { renderMarkdown } from '@/lib/markdown/render';
import type { GhDepartmentRef, GhJob, GhJobWithContent, GhOfficeRef, GhPayInputRange } from './types';

export interface MapContext {
  /** APP_URL, without a trailing slash. */
  appUrl: string;
  company: BoardCompany;
}

// Greenhouse groups jobs without a department or office under id 0 with these names.
export const NO_DEPARTMENT = { id: 0, name: 'No Department' } as const;
export const NO_OFFICE = { id: 0, name: 'No Office' } as const;

/** "2026-01-14T10:55:28Z": Greenhouse's timestamps carry seconds, not milliseconds. */
export function ghTimestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function jobUrl(appUrl: string, slug: string): string {
  return `${appUrl.replace(/\/+$/, '')}/jobs/${slug}`;
}

export function officeName(place: BoardPlace): string {
  if (place.city) return place.city;
  if (place.remoteArea) return `Remote — ${place.remoteArea}`;
  return countryName(place.countryCode);
}

export function officeLocation(place: BoardPlace): string {
  return place.city ? formatLocation(place) : (place.remoteArea ?? countryName(place.countryCode));
}

export function locationName(job: Pick<BoardJob, 'location' | 'workplaceType'>): string {
  if (!job.location) return job.workplaceType === 'remote' ? 'Remote' : 'Not specified';
  return formatLocation(job.location, job.workplaceType);
}

export function toGhJob(job: BoardJob, ctx: MapContext): GhJob {
  return {
    id: job.id,
    // Greenhouse tells a post from its job; a Portico posting is both.
    internal_job_id: job.id,
    title: job.title,
    updated_at: ghTimestamp(job.updatedAt),
    requisition_id: null,
    location: { name: locationName(job) },
    absolute_url: jobUrl(ctx.appUrl, job.slug),
    metadata: null,
    company_name: ctx.company.companyName,
    first_published: ghTimestamp(job.publishedAt),
    language: 'en',
  };
}

export function toGhDepartmentRef(department: { id: number; name: string }): GhDepartmentRef {
  return { id: department.id, name: department.name, parent_id: null, child_ids: [] };
}

export function toGhOfficeRef(place: BoardPlace): GhOfficeRef {
  return { id: place.id, name: officeName(place), location: officeLocation(place), parent_id: null, child_ids: [] };
}

/**
 * Greenhouse hands out the description as HTML with its markup entity-encoded
 * ("&lt;p&gt;…"), and clients decode it before display; so does this, after the
 * description's own sanitizer has run.
 */
export function ghContent(descriptionMarkdown: string): string {
  return escapeHtml(renderMarkdown(descriptionMarkdown));
}

export function toGhJobWithContent(job: BoardJob, ctx: MapContext): GhJobWithContent {
  return {
    ...toGhJob(job, ctx),
    content: ghContent(job.descriptionMarkdown),
    departments: job.department ? [toGhDepartmentRef(job.department)] : [],
    offices: job.location ? [toGhOfficeRef(job.location)] : [],
  };
}

/** numeric(12,2) text → whole cents, without floating-point rounding. */
export function toCents(amount: string): number {
  const [whole = '0', fraction = ''] = amount.trim().split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2));
}

/** The job's pay range; a one-sided range ("from $90,000") uses its one amount for both ends. */
export function payInputRanges(job: Pick<BoardJob, 'payMin' | 'payMax' | 'payCurrency' | 'payPeriod'>): GhPayInputRange[] {
  const low = job.payMin ?? job.payMax;
  const high = job.payMax ?? job.payMin;
  if (low === null || high === null || !job.payCurrency || !job.payPeriod) return [];
  const period = payPeriodLabel(job.payPeriod);
  return [
    {
      min_cents: toCents(low),
      max_cents: toCents(high),
      currency_type: job.payCurrency,
      title: `Pay range (${period})`,
      blurb: `The pay for this role is ${period}, before tax.`,
    },
  ];
}
