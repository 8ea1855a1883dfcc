import { describe, expect, it } from 'vitest';
import { isDirectPrivatePeer, isPrivateAddress } from './peer-address';

describe('isPrivateAddress', () => {
  it('knows loopback, RFC 1918, unique-local and link-local addresses, IPv4-mapped too', () => {
    for (const address of ['127.0.0.1', '10.1.2.3', '172.16.0.9', '172.31.255.1', '192.168.1.1', '::1', 'fd12::1', 'fe80::1', '::ffff:127.0.0.1', '::ffff:10.0.0.5']) {
      expect(isPrivateAddress(address), address).toBe(true);
    }
  });

  it('refuses public and malformed addresses', () => {
    for (const address of ['8.8.8.8', '172.32.0.1', '2001:db8::1', '::ffff:8.8.8.8', 'localhost', '', undefined, '10.0.0.1; drop']) {
      expect(isPrivateAddress(address), String(address)).toBe(false);
    }
  });
});

describe('isDirectPrivatePeer', () => {
  it('is a private peer that no proxy forwarded', () => {
    expect(isDirectPrivatePeer('10.0.0.7', { host: 'app:3000' })).toBe(true);
  });

  it('is never a request a proxy forwarded, whatever the proxy’s own address', () => {
    expect(isDirectPrivatePeer('127.0.0.1', { 'x-forwarded-for': '203.0.113.9' })).toBe(false);
    expect(isDirectPrivatePeer('127.0.0.1', { 'x-forwarded-for': '10.0.0.1' })).toBe(false);
    expect(isDirectPrivatePeer('127.0.0.1', { 'x-real-ip': '203.0.113.9' })).toBe(false);
    expect(isDirectPrivatePeer('127.0.0.1', { forwarded: 'for=203.0.113.9' })).toBe(false);
  });

  it('is never a public peer', () => {
    expect(isDirectPrivatePeer('203.0.113.9', {})).toBe(false);
  });
});
