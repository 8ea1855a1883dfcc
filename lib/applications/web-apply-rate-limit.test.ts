import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkWebApplyLimit } from './web-apply-rate-limit';

const rule = { limit: 2, windowMs: 10 * 60_000 };
const from = (ip: string) => new Headers({ 'x-forwarded-for': ip });
const someIp = () => `10.${randomBytes(3).join('.')}`;

describe('checkWebApplyLimit (real PostgreSQL)', () => {
  it('lets a client post up to the limit, then refuses with when to try again', async () => {
    const ip = someIp();
    expect(await checkWebApplyLimit(from(ip), rule)).toBeNull();
    expect(await checkWebApplyLimit(from(ip), rule)).toBeNull();
    expect(await checkWebApplyLimit(from(ip), rule)).toMatch(/^Too many applications .* try again in \d+ minutes?\.$/);
    // Another client is counted on its own.
    expect(await checkWebApplyLimit(from(someIp()), rule)).toBeNull();
  });

  // Issue 10, finding 2: an unparsable header (`X-Forwarded-For: x`) used to switch the limit off.
  it('counts clients without a usable address in one shared budget, never in none', async () => {
    // The shared key is the same for every test: a window length of its own (windows are keyed
    // by their start) keeps other tests' unknown clients out of this count.
    const own = { limit: 2, windowMs: 10 * 60_000 + 1 + randomBytes(2).readUInt16BE() };
    expect(await checkWebApplyLimit(new Headers({ 'x-forwarded-for': 'x' }), own)).toBeNull();
    expect(await checkWebApplyLimit(new Headers(), own)).toBeNull();
    expect(await checkWebApplyLimit(new Headers({ 'x-forwarded-for': 'not, an, address, ' }), own)).toMatch(/^Too many applications/);
  });

  it('counts a client by the address the proxy appended, whatever it put before it', async () => {
    const ip = someIp();
    expect(await checkWebApplyLimit(from(`1.1.1.1, ${ip}`), rule)).toBeNull();
    expect(await checkWebApplyLimit(from(`2.2.2.2, ${ip}`), rule)).toBeNull();
    expect(await checkWebApplyLimit(from(`3.3.3.3, ${ip}`), rule)).toMatch(/^Too many applications/);
  });
});
