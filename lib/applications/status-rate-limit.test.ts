import { randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { countWrongStatusToken, STATUS_GUESS_RULE, statusLookupBlocked } from './status-rate-limit';

// Each run guesses from its own documentation-range IPv6 address, so runs never share a counter.
const someIp = () => `2001:db8::${randomInt(1, 0xffff).toString(16)}:${randomInt(1, 0xffff).toString(16)}`;

describe('status-token guessing', () => {
  it('blocks an IP after the allowed number of wrong tokens, and only that IP', async () => {
    const ip = someIp();
    for (let i = 0; i < STATUS_GUESS_RULE.limit - 1; i += 1) await countWrongStatusToken(ip);
    expect(await statusLookupBlocked(ip)).toBe(false);
    await countWrongStatusToken(ip);
    expect(await statusLookupBlocked(ip)).toBe(true);
    expect(await statusLookupBlocked(someIp())).toBe(false);
  });
});
