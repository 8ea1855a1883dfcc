import 'server-only';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

// "This browser has signed in as this user before": a signed, HttpOnly cookie set after each
// successful password sign-in. A correct password from such a device is never held back by the
// failures others cause on the account or the IP (lib/auth/credentials.ts); only the device's
// own failures count against it. Each entry is bound to one user by an HMAC keyed with
// AUTH_SECRET, so it cannot be forged or moved to another account. A shared browser keeps one
// entry per user, newest first.

export const DEVICE_COOKIE = 'portico_device';
export const DEVICE_COOKIE_MAX_AGE_SECONDS = 180 * 24 * 60 * 60;
const MAX_ENTRIES = 5;
const ENTRY = /^([A-Za-z0-9_-]{22})\.([0-9a-z]{1,10})\.([A-Za-z0-9_-]{43})$/;

interface Entry {
  deviceId: string;
  issuedAt: number;
  text: string;
}

function signature(secret: string, userId: string, deviceId: string, issuedAt: number): string {
  return createHmac('sha256', secret).update(`portico-device-v1\n${userId}\n${deviceId}\n${issuedAt}`).digest('base64url');
}

function entries(cookie: string | undefined): (Entry & { mac: string })[] {
  if (!cookie || cookie.length > 1024) return [];
  return cookie
    .split('~')
    .slice(0, MAX_ENTRIES)
    .flatMap((text) => {
      const match = ENTRY.exec(text);
      return match ? [{ deviceId: match[1]!, issuedAt: parseInt(match[2]!, 36), mac: match[3]!, text }] : [];
    });
}

function signedFor(entry: Entry & { mac: string }, userId: string, secret: string, now: Date): boolean {
  const ageSeconds = now.getTime() / 1000 - entry.issuedAt;
  if (ageSeconds < -60 || ageSeconds > DEVICE_COOKIE_MAX_AGE_SECONDS) return false;
  const expected = Buffer.from(signature(secret, userId, entry.deviceId, entry.issuedAt));
  const given = Buffer.from(entry.mac);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** The id of this browser as a device the user signed in from before, or null. */
export function knownDeviceId(cookie: string | undefined, userId: string, secret: string, now: Date = new Date()): string | null {
  return entries(cookie).find((entry) => signedFor(entry, userId, secret, now))?.deviceId ?? null;
}

/** The cookie's new value after a successful sign-in: this user's entry renewed, first. */
export function rememberDevice(cookie: string | undefined, userId: string, secret: string, now: Date = new Date()): string {
  const all = entries(cookie);
  const mine = all.find((entry) => signedFor(entry, userId, secret, now));
  const deviceId = mine?.deviceId ?? randomBytes(16).toString('base64url');
  const issuedAt = Math.floor(now.getTime() / 1000);
  const fresh = `${deviceId}.${issuedAt.toString(36)}.${signature(secret, userId, deviceId, issuedAt)}`;
  const others = all.filter((entry) => entry !== mine).map((entry) => entry.text);
  return [fresh, ...others].slice(0, MAX_ENTRIES).join('~');
}
