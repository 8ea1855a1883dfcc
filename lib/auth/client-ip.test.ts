import { describe, expect, it } from 'vitest';
import { clientIp, ipv6Prefix64, LOCAL_CLIENT_KEY, UNKNOWN_CLIENT_KEY } from './client-ip';
import { canonicalIp, parseTrustedProxies } from './trusted-proxies';

const from = (forwardedFor?: string, extra: Record<string, string> = {}) =>
  new Headers(forwardedFor === undefined ? extra : { 'x-forwarded-for': forwardedFor, ...extra });

describe('clientIp without a trusted proxy (TRUSTED_PROXIES unset)', () => {
  const none = parseTrustedProxies(undefined);

  it('ignores forwarded headers: every client shares the local key', () => {
    expect(clientIp(from('203.0.113.7'), none)).toBe(LOCAL_CLIENT_KEY);
    expect(clientIp(from('198.51.100.1, 203.0.113.7'), none)).toBe(LOCAL_CLIENT_KEY);
    expect(clientIp(from(undefined, { 'x-real-ip': '203.0.113.9' }), none)).toBe(LOCAL_CLIENT_KEY);
    expect(clientIp(from(), none)).toBe(LOCAL_CLIENT_KEY);
  });

  it('cannot be given a key of the client’s choosing', () => {
    const keys = new Set(['1.1.1.1', '2.2.2.2', 'x', ''].map((spoof) => clientIp(from(spoof), none)));
    expect([...keys]).toEqual([LOCAL_CLIENT_KEY]);
  });
});

describe('clientIp behind one proxy (TRUSTED_PROXIES=1)', () => {
  const one = parseTrustedProxies('1');

  it('takes the address the proxy appended, not what the client sent before it', () => {
    expect(clientIp(from('203.0.113.7'), one)).toBe('203.0.113.7');
    expect(clientIp(from('10.9.9.9, 203.0.113.7'), one)).toBe('203.0.113.7');
    expect(clientIp(from('sign-in:account:everyone, 203.0.113.7'), one)).toBe('203.0.113.7');
  });

  it('gives every spoofed prefix the same key', () => {
    const keys = new Set(['1.1.1.1', '2.2.2.2, 3.3.3.3', 'garbage'].map((spoof) => clientIp(from(`${spoof}, 198.51.100.4`), one)));
    expect([...keys]).toEqual(['198.51.100.4']);
  });

  it('answers the shared unknown key, never null, for a missing or garbage entry', () => {
    expect(clientIp(from(), one)).toBe(UNKNOWN_CLIENT_KEY);
    expect(clientIp(from(''), one)).toBe(UNKNOWN_CLIENT_KEY);
    expect(clientIp(from('x'), one)).toBe(UNKNOWN_CLIENT_KEY);
    expect(clientIp(from('203.0.113.7, '), one)).toBe(UNKNOWN_CLIENT_KEY);
    expect(clientIp(from('999.1.1.1'), one)).toBe(UNKNOWN_CLIENT_KEY);
    expect(clientIp(from('a'.repeat(5000)), one)).toBe(UNKNOWN_CLIENT_KEY);
  });

  it('does not read X-Real-IP, which the client can set as well', () => {
    expect(clientIp(from(undefined, { 'x-real-ip': '203.0.113.9' }), one)).toBe(UNKNOWN_CLIENT_KEY);
  });

  it('keys IPv6 clients by their /64, however the address is spelled', () => {
    expect(clientIp(from('2001:DB8:0:0:0:0:0:1'), one)).toBe('2001:db8::/64');
    expect(clientIp(from('10.0.0.1, [2001:db8::1]:443'), one)).toBe('2001:db8::/64');
    // A fresh address from the same /64 is the same client; the next /64 is another.
    expect(clientIp(from('2001:db8:aa:bb:1234:5678:9abc:def0'), one)).toBe('2001:db8:aa:bb::/64');
    expect(clientIp(from('2001:db8:aa:bb::2'), one)).toBe('2001:db8:aa:bb::/64');
    expect(clientIp(from('2001:db8:aa:bc::2'), one)).toBe('2001:db8:aa:bc::/64');
    expect(clientIp(from('::ffff:203.0.113.7'), one)).toBe('203.0.113.7');
    expect(clientIp(from('203.0.113.7:51234'), one)).toBe('203.0.113.7');
  });
});

describe('clientIp behind two proxies (TRUSTED_PROXIES=2)', () => {
  const two = parseTrustedProxies('2');

  it('takes the second entry from the right', () => {
    expect(clientIp(from('6.6.6.6, 203.0.113.7, 10.0.0.2'), two)).toBe('203.0.113.7');
    expect(clientIp(from('203.0.113.7, 10.0.0.2'), two)).toBe('203.0.113.7');
  });

  it('answers unknown when the header is shorter than the proxy chain', () => {
    expect(clientIp(from('203.0.113.7'), two)).toBe(UNKNOWN_CLIENT_KEY);
  });
});

describe('clientIp behind proxies named by CIDR', () => {
  const ranges = parseTrustedProxies('10.0.0.0/8, 192.168.1.1, 2001:db8:ffff::/48');

  it('walks from the right past our proxies to the first address outside them', () => {
    expect(clientIp(from('6.6.6.6, 203.0.113.7, 10.1.2.3, 192.168.1.1'), ranges)).toBe('203.0.113.7');
    expect(clientIp(from('203.0.113.7'), ranges)).toBe('203.0.113.7');
    expect(clientIp(from('2001:db8:1::5, 2001:db8:ffff::9'), ranges)).toBe('2001:db8:1::/64');
    expect(clientIp(from('::ffff:203.0.113.7, ::ffff:10.0.0.9'), ranges)).toBe('203.0.113.7');
  });

  it('takes the left-most entry when every hop is one of ours', () => {
    expect(clientIp(from('10.0.0.7, 10.0.0.2'), ranges)).toBe('10.0.0.7');
  });

  it('answers unknown for garbage where the client should be, and for no header', () => {
    expect(clientIp(from('203.0.113.7, x, 10.0.0.2'), ranges)).toBe(UNKNOWN_CLIENT_KEY);
    expect(clientIp(from('x'), ranges)).toBe(UNKNOWN_CLIENT_KEY);
    expect(clientIp(from(), ranges)).toBe(UNKNOWN_CLIENT_KEY);
  });

  it('stops at the first outside address, so garbage further left does not matter', () => {
    expect(clientIp(from('x, 203.0.113.7, 10.0.0.2'), ranges)).toBe('203.0.113.7');
  });
});

describe('parseTrustedProxies', () => {
  it('reads unset, a hop count and ranges', () => {
    expect(parseTrustedProxies('')).toEqual({ kind: 'none' });
    expect(parseTrustedProxies('  ')).toEqual({ kind: 'none' });
    expect(parseTrustedProxies('1')).toEqual({ kind: 'hops', hops: 1 });
    expect(parseTrustedProxies(' 3 ')).toEqual({ kind: 'hops', hops: 3 });
    expect(parseTrustedProxies('127.0.0.1/32,::1').kind).toBe('ranges');
  });

  it.each(['0', '33', 'nginx', '10.0.0.0/33', '2001:db8::/129', '10.0.0.0/8/1', '10.0.0.0/x', '10.0.0.0/8,', 'true'])(
    'refuses %j, saying why',
    (value) => {
      expect(() => parseTrustedProxies(value)).toThrow(/hop count|IP address|prefix/);
    },
  );
});

describe('canonicalIp', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    [' 2001:DB8::A ', '2001:db8::a'],
    ['2001:db8:0000:0000:0000:0000:0000:0001', '2001:db8::1'],
    ['[::1]', '::1'],
    ['fe80::1%eth0', 'fe80::1'],
    ['::ffff:7f00:1', '127.0.0.1'],
  ])('%j → %j', (input, expected) => {
    expect(canonicalIp(input)).toBe(expected);
  });

  it.each(['', 'x', '1.2.3', '1.2.3.4.5', '01.2.3.4', 'localhost', '2001:db8::g', '[1.2.3.4', '1.2.3.4:'])('refuses %j', (input) => {
    expect(canonicalIp(input)).toBeNull();
  });
});

describe('ipv6Prefix64', () => {
  it.each([
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8::/64'],
    ['2001:db8:0:0:1::', '2001:db8::/64'],
    ['2001:0:0:1::', '2001:0:0:1::/64'],
    ['::1', '::/64'],
    ['::', '::/64'],
    ['fe80::1', 'fe80::/64'],
    ['1:2:3:4::', '1:2:3:4::/64'],
  ])('%s → %s', (ip, prefix) => {
    expect(ipv6Prefix64(ip)).toBe(prefix);
  });
});
