import { describe, expect, it } from 'vitest';
import { formatPayRange, payPeriodLabel, schemaOrgUnitText } from './pay';

describe('formatPayRange', () => {
  it('formats the first posting’s monthly range exactly', () => {
    expect(formatPayRange({ min: '11670.34', max: '14174.54', currency: 'USD', period: 'month' })).toBe(
      '$11,670.34 – $14,174.54 per month',
    );
  });

  it('drops .00 only when both amounts are whole', () => {
    expect(formatPayRange({ min: '120000.00', max: '150000.00', currency: 'USD', period: 'year' })).toBe('$120,000 – $150,000 per year');
    expect(formatPayRange({ min: '20.00', max: '22.50', currency: 'USD', period: 'hour' })).toBe('$20.00 – $22.50 per hour');
  });

  it('shows a single amount when min equals max', () => {
    expect(formatPayRange({ min: '95000.00', max: '95000.00', currency: 'USD', period: 'year' })).toBe('$95,000 per year');
  });

  it('formats other currencies', () => {
    expect(formatPayRange({ min: '45.00', max: '60.00', currency: 'EUR', period: 'hour' })).toBe('€45 – €60 per hour');
    expect(formatPayRange({ min: '30000', max: '40000', currency: 'GBP', period: 'year' })).toBe('£30,000 – £40,000 per year');
  });

  it('handles one-sided ranges, a missing period and an unknown currency', () => {
    expect(formatPayRange({ min: '50000', max: null, currency: 'USD', period: 'year' })).toBe('From $50,000 per year');
    expect(formatPayRange({ min: null, max: '60000', currency: 'USD', period: 'year' })).toBe('Up to $60,000 per year');
    expect(formatPayRange({ min: '10', max: '12', currency: 'USD', period: null })).toBe('$10 – $12');
    expect(formatPayRange({ min: '10.5', max: '12', currency: 'XXXX', period: 'day' })).toBe('XXXX 10.50 – XXXX 12.00 per day');
  });

  it('returns null when there is no pay', () => {
    expect(formatPayRange({ min: null, max: null, currency: null, period: null })).toBeNull();
    expect(formatPayRange({ min: '', max: ' ', currency: 'USD', period: 'year' })).toBeNull();
    expect(formatPayRange({ min: 'abc', max: '10', currency: 'USD', period: 'year' })).toBeNull();
  });

  it('follows the locale', () => {
    expect(formatPayRange({ min: '45', max: '60', currency: 'EUR', period: 'hour' }, 'de-DE')).toMatch(/^45\s€ – 60\s€ per hour$/);
  });
});

describe('period labels', () => {
  it('labels every period for people and for schema.org', () => {
    expect(payPeriodLabel('hour')).toBe('per hour');
    expect(payPeriodLabel('month')).toBe('per month');
    expect(payPeriodLabel('year')).toBe('per year');
    expect(schemaOrgUnitText('hour')).toBe('HOUR');
    expect(schemaOrgUnitText('day')).toBe('DAY');
    expect(schemaOrgUnitText('week')).toBe('WEEK');
    expect(schemaOrgUnitText('month')).toBe('MONTH');
    expect(schemaOrgUnitText('year')).toBe('YEAR');
  });
});
