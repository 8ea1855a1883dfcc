import { isIPv6 } from 'node:net';
import { env } from '@/lib/env';
import { canonicalIp, parseTrustedProxies, type TrustedProxies } from './trusted-proxies';

/** Every client of an instance without a trusted proxy: one shared budget, never none. */
export const LOCAL_CLIENT_KEY = 'local';
/** A proxy is trusted but its header does not say who the client is: one shared budget too. */
export const UNKNOWN_CLIENT_KEY = 'unknown';

let configured: TrustedProxies | undefined;

function trustedProxies(): TrustedProxies {
  configured ??= parseTrustedProxies(env.TRUSTED_PROXIES);
  return configured;
}

/**
 * An IPv6 client's key: its /64, e.g. `2001:db8:1:2::/64`. A home line, a phone or a cloud host
 * is given a whole /64 and may take a fresh address from it for every request, so a limit per
 * address would be no limit at all.
 */
export function ipv6Prefix64(ip: string): string {
  const [head = '', tail] = ip.split('::');
  const headGroups = head === '' ? [] : head.split(':');
  const tailGroups = tail === undefined || tail === '' ? [] : tail.split(':');
  const groups = [...headGroups, ...Array<string>(8 - headGroups.length - tailGroups.length).fill('0'), ...tailGroups];
  // The URL serialiser writes the prefix the RFC 5952 way, like canonicalIp() the address.
  return `${new URL(`http://[${groups.slice(0, 4).join(':')}::]/`).hostname.slice(1, -1)}/64`;
}

const clientKey = (ip: string): string => (isIPv6(ip) ? ipv6Prefix64(ip) : ip);

/**
 * The key by which rate limits count a client: its IP address as our own proxies saw it (an
 * IPv6 address by its /64, see ipv6Prefix64).
 *
 * Only the right-hand end of X-Forwarded-For can be believed: each proxy appends the address it
 * was connected from, and everything to the left of our own proxies came from the client, who
 * can write anything there. So, after TRUSTED_PROXIES:
 * - unset: the header is ignored and every client shares `local` (Next's server cannot tell a
 *   forged header from one it filled in itself, so there is nothing to go on);
 * - N: the N-th entry from the right;
 * - CIDR ranges: the right-most entry outside them (all inside: the left-most).
 * An entry that is missing or not an address where the client should be gives `unknown`.
 * Never null: a request without an address must not be a request without a limit.
 */
export function clientIp(headers: Pick<Headers, 'get'>, trust: TrustedProxies = trustedProxies()): string {
  if (trust.kind === 'none') return LOCAL_CLIENT_KEY;
  const header = headers.get('x-forwarded-for')?.trim() ?? '';
  const hops = header === '' ? [] : header.split(',');
  if (trust.kind === 'hops') {
    const entry = hops[hops.length - trust.hops];
    const ip = entry === undefined ? null : canonicalIp(entry);
    return ip ? clientKey(ip) : UNKNOWN_CLIENT_KEY;
  }
  for (let index = hops.length - 1; index >= 0; index -= 1) {
    const ip = canonicalIp(hops[index]!);
    if (!ip) return UNKNOWN_CLIENT_KEY;
    if (index === 0 || !trust.contains(ip)) return clientKey(ip);
  }
  return UNKNOWN_CLIENT_KEY;
}
