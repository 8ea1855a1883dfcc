import { describe, expect, it } from 'vitest';
import { applicantsHref, exportHref, parseApplicantParams } from './applicant-params';

describe('parseApplicantParams', () => {
  it('defaults to newest first with no filters', () => {
    expect(parseApplicantParams({})).toEqual({ sort: 'date' });
  });

  it('drops NUL characters from the search, which PostgreSQL cannot compare', () => {
    expect(parseApplicantParams({ q: 'Ada\u0000 Love' }).q).toBe('Ada Love');
  });

  it('reads every field and tidies the search', () => {
    expect(parseApplicantParams({ sort: 'rating', stage: '12', rating: '3.5', q: '  Ada   Love ', after: 'abc_-1' })).toEqual({
      sort: 'rating',
      stage: 12,
      rating: 3.5,
      q: 'Ada Love',
      after: 'abc_-1',
    });
  });

  it('drops what a GET form sends empty and what no link of ours would hold, one field at a time', () => {
    expect(parseApplicantParams({ sort: 'salary', stage: '', rating: '', q: '   ' })).toEqual({ sort: 'date' });
    expect(parseApplicantParams({ stage: '-1', rating: '5', after: 'a b', q: 'ok' })).toEqual({ sort: 'date', q: 'ok' });
    expect(parseApplicantParams({ stage: ['3', '4'] })).toEqual({ sort: 'date', stage: 3 });
  });

  it('follows "after" when a hand-edited link carries both cursors', () => {
    expect(parseApplicantParams({ after: 'a', before: 'b' })).toEqual({ sort: 'date', after: 'a' });
    expect(parseApplicantParams({ before: 'b' })).toEqual({ sort: 'date', before: 'b' });
  });
});

describe('applicantsHref / exportHref', () => {
  it('writes the state canonically, leaving the defaults out', () => {
    expect(applicantsHref(7)).toBe('/dashboard/jobs/7');
    expect(applicantsHref(7, { sort: 'date', q: 'ada lovelace', stage: 3 })).toBe('/dashboard/jobs/7?stage=3&q=ada+lovelace');
    expect(applicantsHref(7, { sort: 'name', after: 'xyz' })).toBe('/dashboard/jobs/7?sort=name&after=xyz');
  });

  it('keeps the filters but never the cursor in the export link', () => {
    expect(exportHref(7, { sort: 'rating', rating: 3, after: 'xyz' })).toBe('/dashboard/jobs/7/export?sort=rating&rating=3');
  });
});
