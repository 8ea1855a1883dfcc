import { describe, expect, it } from 'vitest';
import { changedFields, jobSnapshot, type JobSnapshot } from './job-snapshot';

const base = jobSnapshot({
  title: 'Designer',
  slug: 'designer',
  departmentId: 1,
  locationId: null,
  workplaceType: 'remote',
  employmentType: 'full_time',
  payMin: null,
  payMax: null,
  payCurrency: null,
  payPeriod: null,
  summary: '',
  descriptionMarkdown: 'Long text',
  closesAt: new Date('2026-06-30T23:59:59.999Z'),
  status: 'draft',
  version: 1,
});

describe('changedFields', () => {
  it('keeps only what changed, plus the version', () => {
    const after: JobSnapshot = { ...base, title: 'Senior Designer', slug: 'senior-designer', version: 2 };
    expect(changedFields(base, after)).toEqual({
      before: { title: 'Designer', slug: 'designer', version: 1 },
      after: { title: 'Senior Designer', slug: 'senior-designer', version: 2 },
    });
  });

  it('writes dates as ISO strings', () => {
    expect(base.closesAt).toBe('2026-06-30T23:59:59.999Z');
  });
});
