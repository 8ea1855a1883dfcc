import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importJobDescription } from '@/lib/importer/job-description';
import { renderMarkdown } from '@/lib/markdown/render';
import {
  buildJobPostingJsonLd,
  JOB_POSTING_REQUIRED_FIELDS,
  missingGoogleFields,
  serializeJsonLd,
  type JobPostingSource,
} from './job-posting-json-ld';

const company = { name: 'Portico', url: 'https://portico.example.com', logoUrl: null };

// The company's own posting, imported from the same text the seed uses.
const seedText = readFileSync(path.join(process.cwd(), 'db', 'seed-data', 'senior-software-engineer-backend.txt'), 'utf8');
const imported = importJobDescription(seedText);
const seedJob: JobPostingSource = {
  id: 42,
  title: imported.title,
  workplaceType: 'on_site',
  employmentType: 'full_time',
  location: { city: 'Austin', region: 'TX', countryCode: 'US', remoteArea: null },
  payMin: imported.pay?.min ?? null,
  payMax: imported.pay?.max ?? null,
  payCurrency: imported.pay?.currency ?? null,
  payPeriod: imported.pay?.period ?? null,
  publishedAt: new Date('2026-03-02T15:30:00Z'),
  closesAt: null,
};

const remoteJob: JobPostingSource = {
  ...seedJob,
  id: 7,
  title: 'Support Engineer',
  workplaceType: 'remote',
  employmentType: 'contract',
  location: { city: null, region: null, countryCode: 'DE', remoteArea: 'European Union' },
  payMin: '60000.00',
  payMax: '60000.00',
  payCurrency: 'EUR',
  payPeriod: 'year',
  closesAt: new Date('2026-04-30T22:00:00Z'),
};

describe('buildJobPostingJsonLd', () => {
  it('describes the seed posting the way Google asks', () => {
    const html = renderMarkdown(imported.descriptionMarkdown);
    const ld = buildJobPostingJsonLd(seedJob, html, company, 'https://jobs.example.com/jobs/senior-software-engineer-backend');
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Senior Software Engineer (Backend)',
      description: html,
      datePosted: '2026-03-02',
      employmentType: 'FULL_TIME',
      directApply: true,
      hiringOrganization: { '@type': 'Organization', name: 'Portico', sameAs: 'https://portico.example.com' },
      jobLocation: {
        '@type': 'Place',
        address: { '@type': 'PostalAddress', addressLocality: 'Austin', addressRegion: 'TX', addressCountry: 'US' },
      },
      identifier: { '@type': 'PropertyValue', name: 'Portico', value: '42' },
      url: 'https://jobs.example.com/jobs/senior-software-engineer-backend',
    });
    expect(ld.baseSalary).toEqual({
      '@type': 'MonetaryAmount',
      currency: 'USD',
      value: { '@type': 'QuantitativeValue', minValue: 11670.34, maxValue: 14174.54, unitText: 'MONTH' },
    });
    expect(html).toContain('<h2>');
    expect(ld).not.toHaveProperty('validThrough');
    expect(ld).not.toHaveProperty('jobLocationType');
    expect(ld.hiringOrganization).not.toHaveProperty('logo');
    expect(missingGoogleFields(ld)).toEqual([]);
  });

  it('marks a remote job as telecommute with where applicants may live', () => {
    const ld = buildJobPostingJsonLd(remoteJob, '<p>Help customers.</p>', company);
    expect(ld).toMatchObject({
      jobLocationType: 'TELECOMMUTE',
      applicantLocationRequirements: { '@type': 'AdministrativeArea', name: 'European Union' },
      employmentType: 'CONTRACTOR',
      validThrough: '2026-04-30T22:00:00.000Z',
    });
    expect(ld).not.toHaveProperty('jobLocation');
    expect(ld.baseSalary).toMatchObject({ currency: 'EUR', value: { minValue: 60000, maxValue: 60000, unitText: 'YEAR' } });
    expect(missingGoogleFields(ld)).toEqual([]);
  });

  it('names a country when remote work is limited to one', () => {
    const ld = buildJobPostingJsonLd(
      { ...remoteJob, location: { city: null, region: null, countryCode: 'US', remoteArea: 'United States' } },
      '<p>x</p>',
      company,
    );
    expect(ld.applicantLocationRequirements).toEqual({ '@type': 'Country', name: 'United States' });
  });

  it('keeps the office of a remote job that has one', () => {
    const ld = buildJobPostingJsonLd({ ...remoteJob, location: { city: 'Berlin', region: 'Berlin', countryCode: 'DE', remoteArea: null } }, '<p>x</p>', company);
    expect(ld).toMatchObject({ jobLocationType: 'TELECOMMUTE', jobLocation: { address: { addressCountry: 'DE' } } });
    expect(ld.applicantLocationRequirements).toEqual({ '@type': 'Country', name: 'Germany' });
  });

  it('maps every employment type and leaves out pay that is not given', () => {
    const types = { full_time: 'FULL_TIME', part_time: 'PART_TIME', contract: 'CONTRACTOR', temporary: 'TEMPORARY', internship: 'INTERN' } as const;
    for (const [type, expected] of Object.entries(types)) {
      const ld = buildJobPostingJsonLd({ ...seedJob, employmentType: type as keyof typeof types, payMin: null, payMax: null }, '<p>x</p>', company);
      expect(ld.employmentType).toBe(expected);
      expect(ld).not.toHaveProperty('baseSalary');
    }
  });

  it('gives an open-ended range only the bound it has', () => {
    const ld = buildJobPostingJsonLd({ ...seedJob, payMax: null }, '<p>x</p>', company);
    expect(ld.baseSalary).toMatchObject({ value: { minValue: 11670.34, unitText: 'MONTH' } });
    expect((ld.baseSalary as { value: object }).value).not.toHaveProperty('maxValue');
  });
});

describe('missingGoogleFields', () => {
  it('lists every required field of an empty object', () => {
    expect(missingGoogleFields({})).toEqual([...JOB_POSTING_REQUIRED_FIELDS]);
  });

  it('needs a location: an address country or a telecommute job with applicant locations', () => {
    const base = buildJobPostingJsonLd({ ...seedJob, location: null }, '<p>x</p>', company);
    expect(missingGoogleFields(base)).toEqual([JOB_POSTING_REQUIRED_FIELDS[4]]);
    expect(missingGoogleFields({ ...base, jobLocationType: 'TELECOMMUTE' })).toEqual([JOB_POSTING_REQUIRED_FIELDS[4]]);
  });

  it('treats blank values as missing', () => {
    const ld = buildJobPostingJsonLd(seedJob, '<p>x</p>', company);
    expect(missingGoogleFields({ ...ld, title: '', hiringOrganization: { name: '' } })).toEqual(['title', 'hiringOrganization.name']);
  });
});

describe('serializeJsonLd', () => {
  it('cannot be broken out of a script element', () => {
    const hostile = { title: '</script><script>alert(1)</script>', note: '<!-- & \u2028\u2029 -->' };
    const json = serializeJsonLd(hostile);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(json)).toEqual(hostile);
  });
});
