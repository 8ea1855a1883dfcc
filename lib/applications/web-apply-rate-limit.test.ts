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

  it('counts nothing when the client IP is unknown', async () => {
    for (let i = 0; i < 4; i++) expect(await checkWebApplyLimit(new Headers(), rule)).toBeNull();
  });
});
