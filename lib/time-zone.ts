// Time zones for interviews: validate an IANA name, show an instant in a zone with the zone
// named, and turn a wall-clock time typed in a zone into UTC. Client-safe (the status page
// formats in the browser's own zone with the same functions).
import { TZDate } from '@date-fns/tz';

/** The canonical spelling of an IANA zone, or null when Intl does not know it. */
export function canonicalTimeZone(name: string): string | null {
  const trimmed = name.trim();
  // Intl accepts offsets such as "+01:00" too; people and calendars want a named zone.
  if (!trimmed || trimmed.length > 64 || !/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(trimmed)) return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: trimmed }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

export function isValidTimeZone(name: string): boolean {
  return canonicalTimeZone(name) !== null;
}

/** Every zone the runtime knows (for the pickers), with UTC first. */
export function timeZoneChoices(): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return ['UTC', ...zones.filter((zone) => zone !== 'UTC')];
}

/** "Tuesday, 15 January 2026, 10:00 GMT+1 (Europe/Paris)": the instant in that zone, the zone named. */
export function formatInZone(at: Date, timeZone: string): string {
  const text = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(at);
  return `${text} (${timeZone})`;
}

/** "10:00–11:00" style end time, in the same zone. */
export function formatTimeInZone(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit' }).format(at);
}

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * A datetime-local value ("2026-01-15T10:00") read as a wall-clock time in `timeZone`; null when
 * malformed or not a real date. A time in a spring-forward gap moves forward, as calendars do.
 */
export function wallTimeToUtc(value: string, timeZone: string): Date | null {
  const match = LOCAL_INPUT.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1) return null;
  const instant = new Date(TZDate.tz(timeZone, year, month - 1, day, hour, minute).getTime());
  return Number.isNaN(instant.getTime()) ? null : instant;
}

/** The other way: the datetime-local value that shows `at` in `timeZone` (to fill an edit form). */
export function utcToWallTime(at: Date, timeZone: string): string {
  const zoned = new TZDate(at.getTime(), timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${zoned.getFullYear()}-${pad(zoned.getMonth() + 1)}-${pad(zoned.getDate())}T${pad(zoned.getHours())}:${pad(zoned.getMinutes())}`;
}
