import { describe, expect, it } from 'vitest';
import { canonicalTimeZone, formatInZone, utcToWallTime, wallTimeToUtc } from './time-zone';

describe('time zones', () => {
  it('accepts IANA names and refuses anything else', () => {
    expect(canonicalTimeZone('Europe/Paris')).toBe('Europe/Paris');
    expect(canonicalTimeZone(' UTC ')).toBe('UTC');
    expect(canonicalTimeZone('Mars/Olympus')).toBeNull();
    expect(canonicalTimeZone('+01:00')).toBeNull();
    expect(canonicalTimeZone("Europe/Paris'; drop table users")).toBeNull();
    expect(canonicalTimeZone('')).toBeNull();
  });

  it('reads a wall-clock time in a zone, summer and winter', () => {
    expect(wallTimeToUtc('2026-01-15T10:00', 'Europe/Paris')?.toISOString()).toBe('2026-01-15T09:00:00.000Z');
    expect(wallTimeToUtc('2026-07-15T10:00', 'Europe/Paris')?.toISOString()).toBe('2026-07-15T08:00:00.000Z');
    expect(wallTimeToUtc('2026-07-15T10:00', 'America/New_York')?.toISOString()).toBe('2026-07-15T14:00:00.000Z');
    expect(wallTimeToUtc('2026-02-30T10:00', 'UTC')).toBeNull();
    expect(wallTimeToUtc('tomorrow', 'UTC')).toBeNull();
  });

  it('round-trips to a datetime-local value and names the zone when formatting', () => {
    const at = new Date('2026-07-15T08:00:00Z');
    expect(utcToWallTime(at, 'Europe/Paris')).toBe('2026-07-15T10:00');
    expect(utcToWallTime(at, 'Asia/Tokyo')).toBe('2026-07-15T17:00');
    const text = formatInZone(at, 'Europe/Paris');
    expect(text).toContain('10:00');
    expect(text).toContain('(Europe/Paris)');
  });
});
