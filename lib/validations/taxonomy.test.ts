import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, countryOptions, departmentSchema, locationSchema, TAXONOMY_MESSAGES } from './taxonomy';

describe('locationSchema', () => {
  it('accepts a place with an ISO country, in any case, and nulls the blanks', () => {
    expect(locationSchema.parse({ city: ' Berlin ', region: '', countryCode: 'de', remoteArea: '' })).toEqual({
      city: 'Berlin',
      region: null,
      countryCode: 'DE',
      remoteArea: null,
    });
  });

  it('refuses what is not an assigned ISO 3166-1 country code', () => {
    for (const countryCode of ['', 'USA', 'U1', 'EU', 'UK', 'ZZ', 'XX', undefined]) {
      const result = locationSchema.safeParse({ countryCode });
      expect(result.success, String(countryCode)).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(['countryCode']);
    }
  });

  it('knows all 249 codes and names them for the select', () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(countryOptions().find((c) => c.code === 'GB')?.name).toBe('United Kingdom');
  });
});

describe('departmentSchema', () => {
  it('needs a name', () => {
    expect(departmentSchema.safeParse({ name: '  ' }).error?.issues[0]?.message).toBe('Enter the department’s name');
    expect(departmentSchema.parse({ name: ' Data ' })).toEqual({ name: 'Data' });
  });
});

it('says how many jobs hold a department or location', () => {
  expect(TAXONOMY_MESSAGES.departmentInUse(1)).toContain('1 job uses it');
  expect(TAXONOMY_MESSAGES.locationInUse(3)).toContain('3 jobs use it');
});
