import { describe, expect, it } from 'vitest';
import { DEVICE_COOKIE_MAX_AGE_SECONDS, knownDeviceId, rememberDevice } from './device-cookie';

const SECRET = 'a-test-secret-of-at-least-thirty-two-characters';

describe('device cookie', () => {
  it('recognises the browser for the user it was issued to, and keeps its id when renewed', () => {
    const cookie = rememberDevice(undefined, 'user-a', SECRET);
    const id = knownDeviceId(cookie, 'user-a', SECRET);
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(knownDeviceId(rememberDevice(cookie, 'user-a', SECRET), 'user-a', SECRET)).toBe(id);
  });

  it('is bound to its user and to the secret', () => {
    const cookie = rememberDevice(undefined, 'user-a', SECRET);
    expect(knownDeviceId(cookie, 'user-b', SECRET)).toBeNull();
    expect(knownDeviceId(cookie, 'user-a', `${SECRET}!`)).toBeNull();
    const [deviceId, issuedAt] = cookie.split('.');
    expect(knownDeviceId(`${deviceId}.${issuedAt}.${'A'.repeat(43)}`, 'user-a', SECRET)).toBeNull();
  });

  it('expires after its lifetime', () => {
    const issued = new Date('2026-01-01T00:00:00Z');
    const cookie = rememberDevice(undefined, 'user-a', SECRET, issued);
    expect(knownDeviceId(cookie, 'user-a', SECRET, new Date(issued.getTime() + 1000))).not.toBeNull();
    expect(knownDeviceId(cookie, 'user-a', SECRET, new Date(issued.getTime() + (DEVICE_COOKIE_MAX_AGE_SECONDS + 1) * 1000))).toBeNull();
  });

  it('keeps one entry per user of a shared browser, at most five, newest first', () => {
    let cookie: string | undefined;
    for (const user of ['u1', 'u2', 'u3', 'u4', 'u5', 'u6']) cookie = rememberDevice(cookie, user, SECRET);
    expect(cookie!.split('~')).toHaveLength(5);
    expect(knownDeviceId(cookie, 'u6', SECRET)).not.toBeNull();
    expect(knownDeviceId(cookie, 'u2', SECRET)).not.toBeNull();
    expect(knownDeviceId(cookie, 'u1', SECRET)).toBeNull();
  });

  it('ignores garbage', () => {
    expect(knownDeviceId('', 'u', SECRET)).toBeNull();
    expect(knownDeviceId('x~y~z', 'u', SECRET)).toBeNull();
    expect(knownDeviceId('a'.repeat(5000), 'u', SECRET)).toBeNull();
    expect(rememberDevice('junk~more junk', 'u', SECRET).split('~')).toHaveLength(1);
  });
});
