// Indeed's XML job feed (https://docs.indeed.com/indeed-apply/xml-feed): <source> with the
// publisher, then one <job> per open posting. Indeed asks for every job field in CDATA.
import type { BoardJob } from '@/db/queries/public-board';
import type { EmploymentType } from '@/lib/domain/job-enums';
import { cdata, escapeXml } from '@/lib/escape';
import { formatPayRange } from '@/lib/format/pay';
import { renderMarkdown } from '@/lib/markdown/render';
import { absolute, jobPath, type FeedContext } from './context';

const JOB_TYPES: Record<EmploymentType, string> = {
  full_time: 'fulltime',
  part_time: 'parttime',
  contract: 'contract',
  temporary: 'temporary',
  internship: 'internship',
};

const field = (name: string, text: string | null | undefined): string => `<${name}>${cdata(text ?? '')}</${name}>`;

function remoteType(job: BoardJob): string | null {
  if (job.workplaceType === 'remote') return 'Fully remote';
  if (job.workplaceType === 'hybrid') return 'Hybrid remote';
  return null;
}

function job(posting: BoardJob, ctx: FeedContext): string {
  const place = posting.location;
  const salary = formatPayRange({ min: posting.payMin, max: posting.payMax, currency: posting.payCurrency, period: posting.payPeriod });
  return [
    '<job>',
    field('title', posting.title),
    field('date', posting.publishedAt.toUTCString()),
    field('referencenumber', String(posting.id)),
    field('url', absolute(ctx.appUrl, jobPath(posting))),
    field('company', ctx.companyName),
    field('sourcename', ctx.companyName),
    field('city', place?.city ?? (posting.workplaceType === 'remote' ? 'Remote' : '')),
    field('state', place?.region),
    field('country', place?.countryCode),
    field('postalcode', ''),
    field('description', renderMarkdown(posting.descriptionMarkdown)),
    field('salary', salary),
    field('jobtype', JOB_TYPES[posting.employmentType]),
    field('category', posting.department?.name),
    remoteType(posting) ? field('remotetype', remoteType(posting)) : '',
    posting.closesAt ? field('expirationdate', posting.closesAt.toUTCString()) : '',
    '</job>',
  ].join('\n');
}

export function buildIndeedFeed(jobs: readonly BoardJob[], ctx: FeedContext): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<source>',
    `<publisher>${escapeXml(ctx.companyName)}</publisher>`,
    `<publisherurl>${escapeXml(ctx.companyUrl ?? absolute(ctx.appUrl, '/jobs'))}</publisherurl>`,
    `<lastBuildDate>${escapeXml(ctx.updatedAt.toUTCString())}</lastBuildDate>`,
    ...jobs.map((posting) => job(posting, ctx)),
    '</source>',
    '',
  ].join('\n');
}
