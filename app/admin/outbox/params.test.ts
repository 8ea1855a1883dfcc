import { describe, expect, it } from 'vitest';
import { outboxHref, parseOutboxId, parseOutboxParams } from './params';

describe('outbox params', () => {
  it('keeps a known status and a positive cursor', () => {
    expect(parseOutboxParams({ status: 'failed', before: '42' })).toEqual({ status: 'failed', before: 42 });
    expect(outboxHref({ status: 'failed', before: 42 })).toBe('/admin/outbox?status=failed&before=42');
    expect(outboxHref({})).toBe('/admin/outbox');
  });

  it('ignores anything else', () => {
    expect(parseOutboxParams({ status: 'nope', before: '-1' })).toEqual({ status: undefined, before: undefined });
    expect(parseOutboxParams({ before: '1e3' })).toEqual({ status: undefined, before: undefined });
    expect(parseOutboxId('12')).toBe(12);
    for (const bad of ['0', '1.5', 'abc', '99999999999', '']) expect(parseOutboxId(bad)).toBeNull();
  });
});
