// Sample postings for the feed unit tests: a title with every XML-special character, a
// description that tries to end a CDATA section, a remote job without a place.
import type { BoardJob } from '@/db/queries/public-board';

export const NASTY_TITLE = `R&D <Lead> "Platform" & 'Ops' ]]>`;

export const feedJobs: BoardJob[] = [
  {
    id: 7,
    slug: 'rd-lead',
    title: NASTY_TITLE,
    summary: 'Lead <the> team & more',
    descriptionMarkdown: '## Role\n\nBuild **things** & ship. Text with ]]> inside.\u0001',
    workplaceType: 'hybrid',
    employmentType: 'full_time',
    payMin: '95000',
    payMax: '120000',
    payCurrency: 'USD',
    payPeriod: 'year',
    publishedAt: new Date('2026-03-01T12:00:00Z'),
    updatedAt: new Date('2026-03-02T12:00:00Z'),
    closesAt: new Date('2026-12-31T00:00:00Z'),
    department: { id: 3, name: 'R & D' },
    location: { id: 4, city: 'Austin', region: 'TX', countryCode: 'US', remoteArea: null },
  },
  {
    id: 8,
    slug: 'support-remote',
    title: 'Support Specialist',
    summary: '',
    descriptionMarkdown: 'Help customers.',
    workplaceType: 'remote',
    employmentType: 'part_time',
    payMin: null,
    payMax: null,
    payCurrency: null,
    payPeriod: null,
    publishedAt: new Date('2026-02-01T12:00:00Z'),
    updatedAt: new Date('2026-02-01T12:00:00Z'),
    closesAt: null,
    department: null,
    location: null,
  },
];

export const feedContext = {
  appUrl: 'https://careers.example.com',
  companyName: 'Acme & Sons <Ltd>',
  companyUrl: 'https://example.com/?a=1&b=2',
  updatedAt: new Date('2026-03-02T12:00:00Z'),
};
