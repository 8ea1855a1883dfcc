import { BlockList, isIP } from 'node:net';

// TRUSTED_PROXIES, parsed: which hops of X-Forwarded-For were written by proxies we run, and so
// where in that header the client's address is. Relative imports only: lib/env.ts validates the
// variable with this parser and is loaded by next.config.ts.

export type TrustedProxies =
  /** No proxy in front: forwarded headers are the client's own words and are ignored. */
  | { kind: 'none' }
  /** This many proxies in front; the client is the hops-th X-Forwarded-For entry from the right. */
  | { kind: 'hops'; hops: number }
  /** Proxies at these addresses; the client is the right-most entry outside them. */
  | { kind: 'ranges'; contains: (ip: string) => boolean };

const IPV4_MAPPED = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;

/**
 * One address in canonical text, or null when the value is not an IP address. Accepts what
 * proxies write in X-Forwarded-For: an optional port (`203.0.113.7:5123`, `[2001:db8::1]:443`),
 * IPv4-mapped IPv6 (`::ffff:203.0.113.7`, as Node reports IPv4 peers on a dual-stack socket) and
 * any spelling of an IPv6 address, so one address is always one rate-limit key.
 */
export function canonicalIp(value: string): string | null {
  let text = value.trim();
  if (text.length === 0 || text.length > 64) return null;
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(text);
  if (bracketed) text = bracketed[1]!;
  else if (/^[\d.]+:\d{1,5}$/.test(text)) text = text.slice(0, text.lastIndexOf(':'));
  text = text.replace(/%[\w.-]+$/, ''); // an IPv6 zone id names a local interface, not a client
  const mapped = IPV4_MAPPED.exec(text);
  if (mapped) text = mapped[1]!;
  const version = isIP(text);
  if (version === 4) return text;
  if (version !== 6) return null;
  // The URL serialiser writes IPv6 the RFC 5952 way: lower case, longest zero run as "::".
  const canonical = new URL(`http://[${text}]/`).hostname.slice(1, -1);
  const hexMapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(canonical);
  if (!hexMapped) return canonical;
  const [high, low] = [parseInt(hexMapped[1]!, 16), parseInt(hexMapped[2]!, 16)];
  return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');
}

function parseRange(entry: string, list: BlockList): void {
  const [address = '', prefixText, ...rest] = entry.split('/');
  const ip = canonicalIp(address);
  const family = ip ? isIP(ip) : 0;
  if (!ip || rest.length > 0 || (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText))) {
    throw new Error(`"${entry}" is not an IP address or CIDR range`);
  }
  const max = family === 4 ? 32 : 128;
  const prefix = prefixText === undefined ? max : Number(prefixText);
  if (prefix > max) throw new Error(`"${entry}" has a prefix longer than ${max} bits`);
  list.addSubnet(ip, prefix, family === 4 ? 'ipv4' : 'ipv6');
}

/**
 * TRUSTED_PROXIES: unset or empty → none; an integer ≥ 1 → that many hops; otherwise a
 * comma-separated list of CIDR ranges (or single addresses). Throws, saying what is wrong, on
 * anything else, so a typo stops the start instead of silently trusting nobody or everybody.
 */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const text = value?.trim() ?? '';
  if (text === '') return { kind: 'none' };
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops < 1 || hops > 32) throw new Error('a hop count must be between 1 and 32');
    return { kind: 'hops', hops };
  }
  const list = new BlockList();
  for (const entry of text.split(',')) parseRange(entry.trim(), list);
  return { kind: 'ranges', contains: (ip) => list.check(ip, isIP(ip) === 4 ? 'ipv4' : 'ipv6') };
}
