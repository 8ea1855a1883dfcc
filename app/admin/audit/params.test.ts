import { describe, expect, it } from 'vitest';
import { auditHref, parseAuditParams } from './params';

describe('parseAuditParams', () => {
  it('reads the filters and the page', () => {
    const id = '0b7d8f52-3f0e-4c4e-9a57-3c3d9a8b2f10';
    expect(parseAuditParams({ actor: id, action: 'user.role_changed', type: 'user', from: '2026-03-01', to: '2026-03-31', before: 'abc_-1' })).toEqual({
      filters: { actorId: id, action: 'user.role_changed', entityType: 'user', from: '2026-03-01', to: '2026-03-31' },
      cursor: { before: 'abc_-1' },
    });
    expect(parseAuditParams({ actor: 'system', after: 'xyz' })).toEqual({ filters: { actorId: 'system' }, cursor: { after: 'xyz' } });
  });

  it('ignores what it never links to', () => {
    expect(parseAuditParams({ actor: 'robert; drop table', action: '<script>', from: '2026-02-30', to: '31/03/2026', before: 'a b' })).toEqual({
      filters: {},
      cursor: null,
    });
  });
});

describe('auditHref', () => {
  it('keeps the filters and sets the page', () => {
    expect(auditHref({ action: 'user.invited', from: '2026-03-01' }, { before: 'c1' })).toBe('/admin/audit?action=user.invited&from=2026-03-01&before=c1');
    expect(auditHref({})).toBe('/admin/audit');
  });
});
