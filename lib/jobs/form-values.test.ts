import { describe, expect, it } from 'vitest';
import { jobSchema } from '@/lib/validations/job';
import { jobToFormValues, NEW_JOB_VALUES } from './form-values';

const saved = {
  title: 'Designer',
  slug: 'designer',
  departmentId: 4,
  locationId: null,
  workplaceType: 'hybrid',
  employmentType: 'part_time',
  payMin: '95000.00',
  payMax: '11670.34',
  payCurrency: 'EUR',
  payPeriod: 'year',
  closesAt: new Date('2026-06-30T23:59:59.999Z'),
  summary: 'Short.',
  descriptionMarkdown: 'Long.',
  version: 7,
} satisfies Parameters<typeof jobToFormValues>[0];

describe('jobToFormValues', () => {
  it('gives the editor strings as an admin would type them', () => {
    expect(jobToFormValues(saved)).toEqual({
      title: 'Designer',
      slug: 'designer',
      departmentId: '4',
      locationId: '',
      workplaceType: 'hybrid',
      employmentType: 'part_time',
      payMin: '95000',
      payMax: '11670.34',
      payCurrency: 'EUR',
      payPeriod: 'year',
      closesAt: '2026-06-30',
      summary: 'Short.',
      descriptionMarkdown: 'Long.',
      version: '7',
    });
  });

  it('round-trips the closing date through the schema', () => {
    const parsed = jobSchema.parse({ ...jobToFormValues({ ...saved, payMax: '120000.00' }) });
    expect(parsed.closesAt).toEqual(saved.closesAt);
  });
});

it('starts a new job with nothing the admin has to undo', () => {
  expect(jobSchema.safeParse({ ...NEW_JOB_VALUES, title: 'T', workplaceType: 'remote', employmentType: 'full_time' }).data).toMatchObject({
    pay: null,
    closesAt: null,
    departmentId: null,
    locationId: null,
  });
});
