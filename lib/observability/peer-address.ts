import { BlockList, isIPv4, isIPv6 } from 'node:net';

// Loopback and private ranges (RFC 1918, RFC 4193 unique-local, link-local).
const privateRanges = new BlockList();
privateRanges.addSubnet('127.0.0.0', 8, 'ipv4');
privateRanges.addSubnet('10.0.0.0', 8, 'ipv4');
privateRanges.addSubnet('172.16.0.0', 12, 'ipv4');
privateRanges.addSubnet('192.168.0.0', 16, 'ipv4');
privateRanges.addSubnet('169.254.0.0', 16, 'ipv4');
privateRanges.addAddress('::1', 'ipv6');
privateRanges.addSubnet('fc00::', 7, 'ipv6');
privateRanges.addSubnet('fe80::', 10, 'ipv6');

export function isPrivateAddress(address: string | undefined): boolean {
  if (!address) return false;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return privateRanges.check(mapped, 'ipv4');
  if (isIPv4(address)) return privateRanges.check(address, 'ipv4');
  if (isIPv6(address)) return privateRanges.check(address, 'ipv6');
  return false;
}

const FORWARDING_HEADERS = ['x-forwarded-for', 'x-real-ip', 'forwarded'];

/**
 * A peer on a loopback or private address that no proxy forwarded: a scraper on the private
 * network talking to the instance itself. A request through a proxy carries X-Forwarded-For
 * (deploy/nginx.conf always sets it), whoever the proxy's client was, so it is never one.
 */
export function isDirectPrivatePeer(remoteAddress: string | undefined, headers: Record<string, string | string[] | undefined>): boolean {
  return isPrivateAddress(remoteAddress) && FORWARDING_HEADERS.every((name) => headers[name] === undefined);
}
