import { describe, expect, it } from 'vitest';
import { decodeCursor, effectiveSort, encodeCursor, keysetBranches, SORT_KEYS } from './keyset';

describe('cursors', () => {
  it('round-trip the key of their own sort', () => {
    const key = ['2026-03-12T09:30:00.123456Z', 42];
    expect(decodeCursor(encodeCursor('date', key), 'date')).toEqual(key);
    expect(decodeCursor(encodeCursor('rating', [null, 7]), 'rating')).toEqual([null, 7]);
    expect(decodeCursor(encodeCursor('stage', [2, '2026-03-12T09:30:00Z', 9]), 'stage')).toEqual([2, '2026-03-12T09:30:00Z', 9]);
  });

  it('are opaque base64url, safe in a URL as they are', () => {
    expect(encodeCursor('name', ['lovelace ada', 3])).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('refuse another sort, the wrong shape or values that are not what the column holds', () => {
    expect(decodeCursor(encodeCursor('date', ['2026-03-12T09:30:00Z', 1]), 'name')).toBeNull();
    expect(decodeCursor(encodeCursor('date', ['yesterday', 1]), 'date')).toBeNull();
    expect(decodeCursor(encodeCursor('date', [null, 1]), 'date')).toBeNull();
    expect(decodeCursor(encodeCursor('rating', ['1; drop table', 1]), 'rating')).toBeNull();
    expect(decodeCursor(encodeCursor('name', ['x', -1]), 'name')).toBeNull();
    expect(decodeCursor(encodeCursor('name', ['x', 1.5]), 'name')).toBeNull();
    expect(decodeCursor('not-a-cursor', 'date')).toBeNull();
    expect(decodeCursor(Buffer.from('[1,2]').toString('base64url'), 'date')).toBeNull();
  });

  it('refuse what PostgreSQL could not cast: a time that does not exist, a NUL in text', () => {
    expect(decodeCursor(encodeCursor('date', ['2024-13-45T99:99:99Z', 1]), 'date')).toBeNull();
    expect(decodeCursor(encodeCursor('date', ['2025-02-29T10:00:00Z', 1]), 'date')).toBeNull();
    expect(decodeCursor(encodeCursor('date', ['2024-02-29T10:00:00.5Z', 1]), 'date')).toEqual(['2024-02-29T10:00:00.5Z', 1]);
    expect(decodeCursor(encodeCursor('name', ['ada\u0000', 1]), 'name')).toBeNull();
  });
});

describe('keysetBranches', () => {
  it('splits a descending key into "same value, smaller id" then "smaller value"', () => {
    expect(keysetBranches(SORT_KEYS.date, ['T', 5], 'after')).toEqual([
      [{ column: 'submitted_at', op: '<', value: 'T', type: 'timestamptz' }],
      [
        { column: 'submitted_at', op: '=', value: 'T', type: 'timestamptz' },
        { column: 'id', op: '<', value: 5, type: 'int' },
      ],
    ]);
  });

  it('mirrors the comparisons for the page before', () => {
    const ops = keysetBranches(SORT_KEYS.name, ['ada', 5], 'before').map((b) => b.map((c) => c.op));
    expect(ops).toEqual([['<'], ['=', '<']]);
  });

  it('puts unrated applicants after every rated one, and before none', () => {
    expect(keysetBranches(SORT_KEYS.rating, ['3.50', 5], 'after').map((b) => b.map((c) => `${c.column} ${c.op}`))).toEqual([
      ['rating_average <'],
      ['rating_average is null'],
      ['rating_average =', 'id >'],
    ]);
    expect(keysetBranches(SORT_KEYS.rating, [null, 5], 'after').map((b) => b.map((c) => `${c.column} ${c.op}`))).toEqual([
      ['rating_average is null', 'id >'],
    ]);
    expect(keysetBranches(SORT_KEYS.rating, [null, 5], 'before').map((b) => b.map((c) => `${c.column} ${c.op}`))).toEqual([
      ['rating_average is not null'],
      ['rating_average is null', 'id <'],
    ]);
  });

  it('mixes directions for the stage order: later stage, or same stage and older', () => {
    expect(keysetBranches(SORT_KEYS.stage, [1, 'T', 9], 'after').map((b) => b.map((c) => `${c.column} ${c.op}`))).toEqual([
      ['stage_position >'],
      ['stage_position =', 'submitted_at <'],
      ['stage_position =', 'submitted_at =', 'id <'],
    ]);
  });
});

describe('effectiveSort', () => {
  it('orders a single stage by date, so the stage + date index serves it', () => {
    expect(effectiveSort('stage', true)).toBe('date');
    expect(effectiveSort('stage', false)).toBe('stage');
    expect(effectiveSort('name', true)).toBe('name');
  });
});
