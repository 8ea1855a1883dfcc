// The one-line facts of a posting (pay, workplace, employment type) read from free text.
import type { EmploymentType, PayPeriod, WorkplaceType } from '@/lib/domain/job-enums';

export type ImportedPay = { min: string; max: string; currency: string; period: PayPeriod };

export function workplaceOf(value: string): WorkplaceType | null {
  if (/\bhybrid\b/i.test(value)) return 'hybrid';
  if (/\bremote\b|work from home|\bwfh\b/i.test(value)) return 'remote';
  if (/in[- ]person|\bon[- ]?site\b|in[- ]office|office[- ]based|on[- ]premises?/i.test(value)) return 'on_site';
  return null;
}

export function employmentOf(value: string): EmploymentType | null {
  return earliest<EmploymentType>(value, [
    ['full_time', /full[- ]?time/i], ['part_time', /part[- ]?time/i], ['contract', /\bcontract(or)?\b|freelance/i],
    ['temporary', /\btemp(orary)?\b|fixed[- ]term|seasonal/i], ['internship', /\bintern(ship)?\b/i],
  ]);
}

function earliest<T>(value: string, patterns: Array<[T, RegExp]>): T | null {
  const hits = patterns.map(([v, re]) => [v, re.exec(value)?.index ?? Infinity] as const).sort((a, b) => a[1] - b[1]);
  return hits[0] && hits[0][1] !== Infinity ? hits[0][0] : null;
}

const NUM = String.raw`(\d{1,3}(?:[,\u00a0\u202f]\d{3})+|\d+)(?:[.,](\d{1,2}))?(?!\d)(?:\s?([kK])\b)?`;
const RANGE = new RegExp(`${NUM}\\s*(?:–|—|-|to|and)\\s*${NUM}`, 'i');
const SINGLE = new RegExp(NUM);
const CURRENCIES: Array<[RegExp, string]> = [[/US\$/, 'USD'], [/CA?\$/, 'CAD'], [/AU?\$/, 'AUD'], [/\$/, 'USD'], [/€/, 'EUR'], [/£/, 'GBP'], [/¥/, 'JPY'], [/₹/, 'INR']];
const ISO_CODE = /\b(USD|EUR|GBP|CAD|AUD|NZD|CHF|SEK|NOK|DKK|PLN|CZK|JPY|INR|SGD|HKD|ZAR|BRL|MXN)\b/;
const PERIODS: Array<[PayPeriod, RegExp]> = [
  ['hour', /\b(hours?|hourly|hrs?)\b|\/\s*h\b/i], ['day', /\b(day|daily|diem)\b/i], ['week', /\b(week|weekly|wk)\b/i],
  ['month', /\b(month|monthly|mo|mth)\b/i], ['year', /\b(year|yearly|annum|annual|annually|yr)\b|\bp\.a\.?(?!\w)/i],
];

/** Returns the pay, or the reason it could not be read. */
export function parsePay(value: string): ImportedPay | string {
  const currency = ISO_CODE.exec(value)?.[1] ?? CURRENCIES.find(([re]) => re.test(value))?.[1];
  const amounts = value.replace(/[A-Z]{0,2}[$€£¥₹]|\b[A-Z]{3}\b/g, ' ');
  const range = RANGE.exec(amounts);
  const single = range ? null : SINGLE.exec(amounts);
  if (!range && !single) return 'no amount found';
  if (!currency) return 'no currency found';
  const period = earliest(value, PERIODS);
  if (!period) return 'no pay period found (per hour, per year…)';
  const toCents = (m: RegExpExecArray, at: number) => {
    const cents = BigInt(m[at]!.replace(/\D/g, '')) * 100n + BigInt((m[at + 1] ?? '').padEnd(2, '0'));
    return m[at + 2] ? cents * 1000n : cents;
  };
  const a = range ? toCents(range, 1) : toCents(single!, 1);
  const b = range ? toCents(range, 4) : a;
  const decimal = (c: bigint) => `${c / 100n}.${(c % 100n).toString().padStart(2, '0')}`;
  return { min: decimal(a < b ? a : b), max: decimal(a < b ? b : a), currency, period };
}
