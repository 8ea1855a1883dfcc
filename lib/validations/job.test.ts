import { describe, expect, it } from 'vitest';
import { jobEditSchema, jobFormValues, jobSchema, timestampToClosingDate, type JobField } from './job';
import { zodFieldErrors } from '@/lib/actions/field-errors';

const valid = {
  title: ' Backend Engineer ',
  slug: '',
  departmentId: '3',
  locationId: '',
  workplaceType: 'remote',
  employmentType: 'full_time',
  payMin: '95,000',
  payMax: '120000.5',
  payCurrency: 'eur',
  payPeriod: 'year',
  closesAt: '2026-06-30',
  summary: '',
  descriptionMarkdown: '## Role\n\nBuild.',
};

const errorsOf = (input: Record<string, unknown>) => {
  const result = jobSchema.safeParse(input);
  return result.success ? {} : zodFieldErrors<JobField>(result.error);
};

describe('jobSchema', () => {
  it('turns the form’s strings into a job', () => {
    expect(jobSchema.parse(valid)).toEqual({
      title: 'Backend Engineer',
      slug: null,
      departmentId: 3,
      locationId: null,
      workplaceType: 'remote',
      employmentType: 'full_time',
      pay: { min: '95000', max: '120000.5', currency: 'EUR', period: 'year' },
      closesAt: new Date('2026-06-30T23:59:59.999Z'),
      summary: '',
      descriptionMarkdown: '## Role\n\nBuild.',
    });
  });

  it('allows a draft without pay, location or description', () => {
    expect(jobSchema.parse({ ...valid, payMin: '', payMax: '', payPeriod: '', descriptionMarkdown: '' })).toMatchObject({ pay: null, descriptionMarkdown: '' });
  });

  it('reports every problem, each on its field', () => {
    expect(errorsOf({ ...valid, title: ' ', slug: 'Not A Slug!', workplaceType: '', payMin: '200', payMax: '100', payCurrency: 'XYZ', closesAt: '2026-02-30' })).toEqual({
      title: ['Enter a job title'],
      slug: ['Use lowercase letters, digits and single dashes only, like senior-backend-engineer'],
      workplaceType: ['Choose where the work happens'],
      closesAt: ['Enter a real date, like 2026-06-30'],
      payMax: ['The maximum pay must be at least the minimum'],
      payCurrency: ['Enter a three-letter ISO 4217 currency code, like USD or EUR'],
    });
  });

  it('wants the whole range once any pay is given', () => {
    expect(errorsOf({ ...valid, payMax: '', payPeriod: '' })).toEqual({
      payMax: ['Enter the maximum pay too (the same as the minimum for a fixed pay)'],
      payPeriod: ['Choose how often this pay is given'],
    });
    expect(errorsOf({ ...valid, payMin: '12.345' }).payMin).toEqual(['Enter the minimum pay as a number, like 85000 or 85000.50']);
  });

  it('refuses an id that is not a number', () => {
    expect(errorsOf({ ...valid, locationId: 'abc' })).toEqual({ locationId: ['Choose a location from the list'] });
  });
});

describe('jobEditSchema', () => {
  it('needs the version the editor started from', () => {
    expect(jobEditSchema.parse({ ...valid, version: '4' }).version).toBe(4);
    expect(jobEditSchema.safeParse({ ...valid, version: '' }).success).toBe(false);
  });
});

describe('helpers', () => {
  it('reads the form fields from FormData and nothing else', () => {
    const formData = new FormData();
    formData.set('title', 'X');
    formData.set('$ACTION_ID_123', 'y');
    expect(jobFormValues(formData)).toEqual({ title: 'X' });
  });

  it('shows a stored closing time as its date', () => {
    expect(timestampToClosingDate(new Date('2026-06-30T23:59:59.999Z'))).toBe('2026-06-30');
    expect(timestampToClosingDate(null)).toBe('');
  });
});
