import { describe, expect, it } from 'vitest';
import { dropServerOnlyClaims } from './web-post';

const withSource = (source: string) => {
  const form = new FormData();
  form.set('source', source);
  form.set('firstName', 'Ada');
  return form;
};

describe('dropServerOnlyClaims', () => {
  it.each(['api', 'API', ' api:Partner ATS', 'api:'])('drops the API source tag %j from a web post', (source) => {
    const form = dropServerOnlyClaims(withSource(source));
    expect(form.has('source')).toBe(false);
    expect(form.get('firstName')).toBe('Ada');
  });

  it.each(['linkedin', 'apish', 'newsletter-api'])('keeps the ordinary source %j', (source) => {
    expect(dropServerOnlyClaims(withSource(source)).get('source')).toBe(source);
  });
});
