import { describe, expect, it } from 'vitest';
import { filterBoardIndex, toBoardIndexJob, type IndexableJob } from './board-index';

const NOW = new Date('2026-03-10T12:00:00Z');

function job(overrides: Partial<IndexableJob>): IndexableJob {
  return {
    id: 1,
    slug: 'x',
    title: 'Job',
    summary: '',
    department: null,
    location: null,
    workplaceType: 'on_site',
    employmentType: 'full_time',
    payMin: null,
    payMax: null,
    payCurrency: null,
    payPeriod: null,
    publishedAt: new Date('2026-03-07T09:00:00Z'),
    ...overrides,
  };
}

const index = [
  job({ id: 1, title: 'Frontend Engineer', department: { name: 'Engineering', slug: 'engineering' }, location: { city: 'Amsterdam', region: null, countryCode: 'NL', remoteArea: null } }),
  job({ id: 2, title: 'Site Reliability Engineer', workplaceType: 'remote', department: { name: 'Engineering', slug: 'engineering' } }),
  job({ id: 3, title: 'People Partner', summary: 'Help our teams grow', department: { name: 'People', slug: 'people' }, employmentType: 'part_time' }),
  job({ id: 4, title: 'Développeuse Backend', location: { city: 'Lyon', region: null, countryCode: 'FR', remoteArea: null } }),
].map((j) => toBoardIndexJob(j, NOW));

const ids = (params: Parameters<typeof filterBoardIndex>[1]) => filterBoardIndex(index, params).map((j) => j.id);

describe('the board index', () => {
  it('keeps what the card shows', () => {
    const pay = toBoardIndexJob(job({ payMin: '90000', payMax: '120000', payCurrency: 'EUR', payPeriod: 'year' }), NOW);
    expect(pay).toMatchObject({ pay: '€90,000 – €120,000 per year', posted: '2026-03-07', postedLabel: 'Posted 3 days ago' });
    expect(index[0]).toMatchObject({ meta: ['Engineering', 'Amsterdam, Netherlands'], department: 'engineering', country: 'NL' });
  });

  it('finds words by their beginning and forgives a typo, as the server search does', () => {
    expect(ids({ q: 'engineer' })).toEqual([1, 2]);
    expect(ids({ q: 'enginer' })).toEqual([1, 2]);
    expect(ids({ q: 'eng' })).toEqual([1, 2]);
    expect(ids({ q: 'front engineer' })).toEqual([1]);
    expect(ids({ q: 'grow' })).toEqual([3]);
    expect(ids({ q: 'developpeuse' })).toEqual([4]);
    expect(ids({ q: 'xyzzyplugh' })).toEqual([]);
  });

  it('applies every filter with the search', () => {
    expect(ids({ department: 'engineering', workplace: 'remote' })).toEqual([2]);
    expect(ids({ country: 'NL' })).toEqual([1]);
    expect(ids({ type: 'part_time' })).toEqual([3]);
    expect(ids({ q: 'engineer', country: 'FR' })).toEqual([]);
    expect(ids({})).toEqual([1, 2, 3, 4]);
  });
});
