import { describe, expect, it } from 'vitest';
import { publishProblems, publishRefusalMessage, type PublishCandidate } from './publish-rules';

const NOW = new Date('2026-03-12T12:00:00Z');

const complete: PublishCandidate = {
  title: 'Backend Engineer',
  descriptionMarkdown: '## About the role\n\nBuild things.',
  location: { countryCode: 'US', remoteArea: null },
  payMin: '100000.00',
  payMax: '120000.00',
  payCurrency: 'USD',
  payPeriod: 'year',
  closesAt: null,
};

const requirePay = { requirePayRange: true };

describe('publishProblems', () => {
  it('accepts a complete job', () => {
    expect(publishProblems(complete, requirePay, NOW)).toEqual([]);
  });

  it('lists every missing item, in form order', () => {
    const empty: PublishCandidate = {
      title: ' ',
      descriptionMarkdown: '',
      location: null,
      payMin: null,
      payMax: null,
      payCurrency: null,
      payPeriod: null,
      closesAt: new Date('2026-03-01T00:00:00Z'),
    };
    expect(publishProblems(empty, requirePay, NOW)).toEqual(['title', 'description', 'location', 'pay', 'closingDate']);
  });

  it('treats markup without text as no description', () => {
    expect(publishProblems({ ...complete, descriptionMarkdown: '##\n\n- \n\n<script>x</script>' }, requirePay, NOW)).toEqual(['description']);
  });

  it('accepts a remote area in place of a country', () => {
    expect(publishProblems({ ...complete, location: { countryCode: null, remoteArea: 'European Union' } }, requirePay, NOW)).toEqual([]);
    expect(publishProblems({ ...complete, location: { countryCode: ' ', remoteArea: null } }, requirePay, NOW)).toEqual(['location']);
  });

  it('asks for a pay range only when the settings require one, and for all of it', () => {
    const noPay = { ...complete, payMin: null, payMax: null, payCurrency: null, payPeriod: null };
    expect(publishProblems(noPay, requirePay, NOW)).toEqual(['pay']);
    expect(publishProblems(noPay, { requirePayRange: false }, NOW)).toEqual([]);
    expect(publishProblems({ ...complete, payPeriod: null }, requirePay, NOW)).toEqual(['pay']);
    expect(publishProblems({ ...complete, payMax: '' }, requirePay, NOW)).toEqual(['pay']);
  });

  it('refuses a closing date that has passed, and accepts one ahead', () => {
    expect(publishProblems({ ...complete, closesAt: NOW }, requirePay, NOW)).toEqual(['closingDate']);
    expect(publishProblems({ ...complete, closesAt: new Date('2026-03-13T00:00:00Z') }, requirePay, NOW)).toEqual([]);
  });
});

describe('publishRefusalMessage', () => {
  it('names each missing item in one sentence', () => {
    expect(publishRefusalMessage(['description'])).toBe("This job can't be published yet. It needs a description.");
    expect(publishRefusalMessage(['description', 'location', 'pay'])).toBe(
      "This job can't be published yet. It needs a description, a location with a country or remote area, and a pay range (minimum, maximum, currency and period).",
    );
  });
});
