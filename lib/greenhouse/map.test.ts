import { describe, expect, it } from 'vitest';
import type { BoardJob } from '@/db/queries/public-board';
import { ghContent, ghTimestamp, locationName, officeLocation, officeName, payInputRanges, toCents, toGhJob } from './map';

const job: BoardJob = {
  id: 42,
  slug: 'data-engineer',
  title: 'Data Engineer',
  summary: '',
  descriptionMarkdown: 'Hello **world** & <b>you</b>',
  workplaceType: 'remote',
  employmentType: 'full_time',
  payMin: null,
  payMax: null,
  payCurrency: null,
  payPeriod: null,
  publishedAt: new Date('2026-01-02T03:04:05.678Z'),
  updatedAt: new Date('2026-01-03T00:00:00.000Z'),
  closesAt: null,
  department: null,
  location: null,
};
const ctx = { appUrl: 'https://jobs.example.com', company: { companyName: 'Acme', companySlug: 'acme', companyUrl: null, careersIntro: '' } };

describe('Greenhouse mapping', () => {
  it('writes timestamps to the second, as Greenhouse does', () => {
    expect(ghTimestamp(new Date('2026-01-02T03:04:05.678Z'))).toBe('2026-01-02T03:04:05Z');
  });

  it('maps a job to the list shape with numeric ids and an absolute URL', () => {
    expect(toGhJob(job, ctx)).toEqual({
      id: 42,
      internal_job_id: 42,
      title: 'Data Engineer',
      updated_at: '2026-01-03T00:00:00Z',
      requisition_id: null,
      location: { name: 'Remote' },
      absolute_url: 'https://jobs.example.com/jobs/data-engineer',
      metadata: null,
      company_name: 'Acme',
      first_published: '2026-01-02T03:04:05Z',
      language: 'en',
    });
  });

  it('entity-encodes the sanitized description, like Greenhouse’s content', () => {
    expect(ghContent(job.descriptionMarkdown)).toBe('&lt;p&gt;Hello &lt;strong&gt;world&lt;/strong&gt; &amp;amp; &lt;b&gt;you&lt;/b&gt;&lt;/p&gt;\n');
  });

  it('names places and remote areas', () => {
    const remote = { id: 1, city: null, region: null, countryCode: 'DE', remoteArea: 'European Union' };
    const city = { id: 2, city: 'Austin', region: 'TX', countryCode: 'US', remoteArea: null };
    expect(officeName(remote)).toBe('Remote — European Union');
    expect(officeLocation(remote)).toBe('European Union');
    expect(officeName(city)).toBe('Austin');
    expect(officeLocation(city)).toBe('Austin, TX, United States');
    expect(locationName({ location: city, workplaceType: 'on_site' })).toBe('Austin, TX, United States');
    expect(locationName({ location: remote, workplaceType: 'remote' })).toBe('Remote — European Union');
  });

  it('turns numeric amounts into whole cents without float error', () => {
    expect(toCents('95000.50')).toBe(9_500_050);
    expect(toCents('0.29')).toBe(29);
    expect(toCents('11670.34')).toBe(1_167_034);
    expect(toCents('120000')).toBe(12_000_000);
  });

  it('gives one pay range, using the one amount of a one-sided range for both ends', () => {
    expect(payInputRanges(job)).toEqual([]);
    expect(payInputRanges({ payMin: '90000', payMax: null, payCurrency: 'EUR', payPeriod: 'year' })).toEqual([
      { min_cents: 9_000_000, max_cents: 9_000_000, currency_type: 'EUR', title: 'Pay range (per year)', blurb: 'The pay for this role is per year, before tax.' },
    ]);
  });
});
