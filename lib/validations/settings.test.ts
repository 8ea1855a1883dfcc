import { describe, expect, it } from 'vitest';
import { accentColorProblem, settingsSchema } from './settings';
import { zodFieldErrors } from '@/lib/actions/field-errors';

const valid = {
  companyName: ' Acme ',
  companySlug: 'acme',
  companyUrl: '',
  logoUrl: '',
  accentColor: '#4F46E5',
  careersIntro: '',
  privacyText: 'I agree.',
  retentionDays: '730',
};

const errors = (overrides: Record<string, unknown>) => {
  const result = settingsSchema.safeParse({ ...valid, ...overrides });
  return result.success ? {} : zodFieldErrors(result.error);
};

describe('settingsSchema', () => {
  it('trims, lower-cases the colour, reads the checkbox and empties optional URLs', () => {
    expect(settingsSchema.parse(valid)).toEqual({
      companyName: 'Acme',
      companySlug: 'acme',
      companyUrl: undefined,
      logoUrl: undefined,
      accentColor: '#4f46e5',
      careersIntro: '',
      privacyText: 'I agree.',
      retentionDays: 730,
      requirePayRange: false,
    });
    expect(settingsSchema.parse({ ...valid, requirePayRange: 'on' }).requirePayRange).toBe(true);
  });

  it('accepts only https logos and http(s) company sites', () => {
    expect(errors({ logoUrl: 'http://acme.example.com/logo.png' }).logoUrl).toEqual(['Enter an image address starting with https://']);
    expect(errors({ logoUrl: 'javascript:alert(1)' }).logoUrl).toHaveLength(1);
    expect(errors({ logoUrl: 'https://cdn.example.com/logo.svg' }).logoUrl).toBeUndefined();
    expect(errors({ companyUrl: 'http://acme.example.com' }).companyUrl).toBeUndefined();
    expect(errors({ companyUrl: 'ftp://acme.example.com' }).companyUrl).toHaveLength(1);
    expect(errors({ companyUrl: 'https://user:pass@acme.example.com' }).companyUrl).toHaveLength(1);
  });

  it('wants #rrggbb colours dark enough for text on white', () => {
    expect(errors({ accentColor: 'indigo' }).accentColor).toEqual(['Enter a colour as # and six hex digits, like #4f46e5']);
    expect(errors({ accentColor: '#fff' }).accentColor).toHaveLength(1);
    expect(errors({ accentColor: '#facc15' }).accentColor).toEqual([
      'Choose a darker colour: #facc15 has 1.5:1 contrast against white, and links in it need at least 4.5:1',
    ]);
    expect(accentColorProblem('#767676')).toBeNull();
    expect(accentColorProblem('#777777')).toMatch(/4\.4:1/);
  });

  it('requires the privacy text within 2000 characters and a retention of at least 30 days', () => {
    expect(errors({ privacyText: '   ' }).privacyText).toEqual(['Enter the privacy and consent text candidates agree to']);
    expect(errors({ privacyText: 'x'.repeat(2001) }).privacyText).toEqual(['Keep the privacy text to 2000 characters or fewer']);
    expect(errors({ privacyText: 'x'.repeat(2000) }).privacyText).toBeUndefined();
    expect(errors({ retentionDays: '29' }).retentionDays).toEqual(['Enter a whole number of days, at least 30']);
    expect(errors({ retentionDays: '30.5' }).retentionDays).toHaveLength(1);
    expect(errors({ retentionDays: '' }).retentionDays).toHaveLength(1);
    expect(errors({ retentionDays: '30' }).retentionDays).toBeUndefined();
  });

  it('returns every problem at once', () => {
    const all = errors({ companyName: '', companySlug: 'Not A Slug', accentColor: '#ffffff', privacyText: '', retentionDays: '1' });
    expect(Object.keys(all).sort()).toEqual(['accentColor', 'companyName', 'companySlug', 'privacyText', 'retentionDays']);
  });
});
