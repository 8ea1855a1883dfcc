import type { PayPeriod } from '@/lib/domain/job-enums';

export type PayRange = { min: string | null; max: string | null; currency: string | null; period: PayPeriod | null };

const PERIOD_LABELS: Record<PayPeriod, string> = {
  hour: 'per hour',
  day: 'per day',
  week: 'per week',
  month: 'per month',
  year: 'per year',
};

const SCHEMA_ORG_UNITS: Record<PayPeriod, 'HOUR' | 'DAY' | 'WEEK' | 'MONTH' | 'YEAR'> = {
  hour: 'HOUR',
  day: 'DAY',
  week: 'WEEK',
  month: 'MONTH',
  year: 'YEAR',
};

export function payPeriodLabel(period: PayPeriod): string {
  return PERIOD_LABELS[period];
}

/** The `unitText` of a schema.org `QuantitativeValue` in JobPosting `baseSalary`. */
export function schemaOrgUnitText(period: PayPeriod): 'HOUR' | 'DAY' | 'WEEK' | 'MONTH' | 'YEAR' {
  return SCHEMA_ORG_UNITS[period];
}

/** "$11,670.34 – $14,174.54 per month", "$95,000 per year", or null when there is no pay. */
export function formatPayRange({ min, max, currency, period }: PayRange, locale = 'en-US'): string | null {
  const amounts = [min, max].filter((v): v is string => v !== null && v.trim() !== '').map(Number);
  if (amounts.length === 0 || amounts.some((n) => !Number.isFinite(n))) return null;
  // "$120,000", not "$120,000.00" — but only when no amount has cents, so a range never mixes styles.
  const whole = amounts.every(Number.isInteger);
  const format = numberFormatter(locale, currency, whole);
  const suffix = period ? ` ${PERIOD_LABELS[period]}` : '';
  const [low, high] = [amounts[0]!, amounts[amounts.length - 1]!];
  if (min === null || min.trim() === '') return `Up to ${format(high)}${suffix}`;
  if (max === null || max.trim() === '') return `From ${format(low)}${suffix}`;
  if (low === high) return `${format(low)}${suffix}`;
  return `${format(low)} – ${format(high)}${suffix}`;
}

// Building an Intl.NumberFormat costs more than formatting with it (it was a visible share of a
// board render's CPU profile), and a board formats the same few currencies over and over.
const formatters = new Map<string, (n: number) => string>();

function numberFormatter(locale: string, currency: string | null, whole: boolean): (n: number) => string {
  const key = `${locale}|${currency ?? ''}|${whole}`;
  let format = formatters.get(key);
  if (!format) {
    format = makeNumberFormatter(locale, currency, whole);
    if (formatters.size < 200) formatters.set(key, format);
  }
  return format;
}

function makeNumberFormatter(locale: string, currency: string | null, whole: boolean): (n: number) => string {
  const digits: Intl.NumberFormatOptions = whole ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {};
  if (currency) {
    try {
      const f = new Intl.NumberFormat(locale, { style: 'currency', currency, ...digits });
      return (n) => f.format(n);
    } catch {
      // An unknown currency code: show the code rather than fail the whole page.
      const f = new Intl.NumberFormat(locale, whole ? digits : { minimumFractionDigits: 2, maximumFractionDigits: 2 });
      return (n) => `${currency} ${f.format(n)}`;
    }
  }
  const f = new Intl.NumberFormat(locale, whole ? digits : { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return (n) => f.format(n);
}
