import { describe, expect, it } from 'vitest';
import { decodeJobCursor, encodeJobCursor } from './cursor';

describe('job cursors', () => {
  it('round-trips the last job of a page', () => {
    const cursor = { publishedAt: new Date('2026-03-12T09:30:00.123Z'), id: 42 };
    expect(decodeJobCursor(encodeJobCursor(cursor))).toEqual(cursor);
  });

  it.each([
    ['not base64url', 'abc$'],
    ['not JSON', Buffer.from('{').toString('base64url')],
    ['wrong shape', Buffer.from('{"a":1}').toString('base64url')],
    ['a bad date', Buffer.from('["yesterday",1]').toString('base64url')],
    ['a non-canonical date', Buffer.from('["2026-03-12",1]').toString('base64url')],
    ['a fractional id', Buffer.from('["2026-03-12T09:30:00.000Z",1.5]').toString('base64url')],
    ['an id beyond int4', Buffer.from('["2026-03-12T09:30:00.000Z",3000000000]').toString('base64url')],
    ['empty', ''],
  ])('refuses %s', (_label, value) => {
    expect(decodeJobCursor(value)).toBeNull();
  });
});
