import { describe, expect, it } from 'vitest';
import { isRowId } from './row-id';

describe('isRowId', () => {
  it.each([1, 42, 2_147_483_647])('accepts %j', (value) => expect(isRowId(value)).toBe(true));
  it.each([0, -1, 1.5, 2_147_483_648, Number.NaN, '1', null, undefined, [1], { id: 1 }])('refuses %j', (value) => expect(isRowId(value)).toBe(false));
});
