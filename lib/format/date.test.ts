import { describe, expect, it } from 'vitest';
import { formatPostedDate, isoDate } from './date';

const now = new Date('2026-04-20T09:30:00Z');

describe('formatPostedDate', () => {
  it('says today for the same UTC day, and for a date slightly in the future', () => {
    expect(formatPostedDate(new Date('2026-04-20T00:00:01Z'), now)).toBe('Posted today');
    expect(formatPostedDate(new Date('2026-04-20T23:59:59Z'), now)).toBe('Posted today');
  });

  it('counts calendar days, not 24-hour spans', () => {
    expect(formatPostedDate(new Date('2026-04-19T23:59:00Z'), now)).toBe('Posted yesterday');
    expect(formatPostedDate(new Date('2026-04-17T10:00:00Z'), now)).toBe('Posted 3 days ago');
    expect(formatPostedDate(new Date('2026-03-21T10:00:00Z'), now)).toBe('Posted 30 days ago');
  });

  it('gives the date after 30 days', () => {
    expect(formatPostedDate(new Date('2026-03-12T08:00:00Z'), now)).toBe('Posted on Mar 12, 2026');
    expect(formatPostedDate(new Date('2025-12-01T23:30:00Z'), now)).toBe('Posted on Dec 1, 2025');
  });
});

describe('isoDate', () => {
  it('returns the UTC day as YYYY-MM-DD', () => {
    expect(isoDate(new Date('2026-03-12T23:59:59Z'))).toBe('2026-03-12');
    expect(isoDate(new Date('2026-01-05T00:00:00Z'))).toBe('2026-01-05');
  });
});

describe('formatPostedDate month names', () => {
  it('abbreviates every month the same way (no "Sept")', () => {
    const now = new Date('2027-12-31T12:00:00Z');
    expect(formatPostedDate(new Date('2026-09-12T08:00:00Z'), now)).toBe('Posted on Sep 12, 2026');
  });
});
