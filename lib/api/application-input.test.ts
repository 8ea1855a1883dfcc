import { describe, expect, it } from 'vitest';
import { applicationSchema } from '@/lib/validations/application';
import { apiApplicationJsonSchema } from '@/lib/validations/api-application';
import { apiFieldName, formDataFingerprint, isValidIdempotencyKey, jsonToApplicationFormData, submissionTokenFor } from './application-input';

const pdf = Buffer.from('%PDF-1.4 test').toString('base64');
const body = apiApplicationJsonSchema.parse({
  firstName: 'Ada',
  lastName: 'Lovelace',
  email: 'ada@example.com',
  consent: true,
  resume: { filename: 'cv.pdf', contentType: 'application/pdf', data: pdf },
  answers: { relocate: true, years: 3, langs: ['Go', 'Rust'], sample: { filename: 's.pdf', data: pdf } },
  utm: { utm_source: 'partner' },
});

describe('jsonToApplicationFormData', () => {
  it('posts what the web form would: checkbox on, decoded files, q_ answers', async () => {
    const form = jsonToApplicationFormData(body);
    expect(form.get('consent')).toBe('on');
    expect(form.get('q_relocate')).toBe('yes');
    expect(form.get('q_years')).toBe('3');
    expect(form.getAll('q_langs')).toEqual(['Go', 'Rust']);
    expect(form.get('utm_source')).toBe('partner');
    const resume = form.get('resume') as File;
    expect(resume.name).toBe('cv.pdf');
    expect(Buffer.from(await resume.arrayBuffer()).toString()).toBe('%PDF-1.4 test');
    expect((form.get('q_sample') as File).name).toBe('s.pdf');
    form.set('submissionToken', submissionTokenFor('ip:1', 'k'));
    expect(applicationSchema.safeParse(Object.fromEntries(form)).error?.issues.map((i) => i.path[0])).toBeUndefined();
  });
});

describe('the JSON body schema', () => {
  it.each([['=abc'], ['abc'], ['a b='], ['ab==ab==']])('refuses %j as base64', (data) => {
    expect(apiApplicationJsonSchema.safeParse({ ...body, resume: { filename: 'cv.pdf', data } }).success).toBe(false);
  });
});

describe('helpers', () => {
  it('name answer fields as JSON callers know them', () => {
    expect(apiFieldName('q_years', 'json')).toBe('answers.years');
    expect(apiFieldName('q_years', 'multipart')).toBe('q_years');
    expect(apiFieldName('email', 'json')).toBe('email');
  });

  it('derive a stable UUID submission token per client and key', () => {
    const token = submissionTokenFor('ip:1', 'key-1');
    expect(token).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(submissionTokenFor('ip:1', 'key-1')).toBe(token);
    expect(submissionTokenFor('ip:2', 'key-1')).not.toBe(token);
  });

  it('fingerprint multipart content, not its boundary', async () => {
    const make = (name: string) => {
      const form = new FormData();
      form.append('firstName', name);
      form.append('resume', new File(['bytes'], 'cv.pdf', { type: 'application/pdf' }));
      return form;
    };
    expect(await formDataFingerprint(make('Ada'))).toBe(await formDataFingerprint(make('Ada')));
    expect(await formDataFingerprint(make('Ada'))).not.toBe(await formDataFingerprint(make('Grace')));
  });

  it('accept idempotency keys of 1–255 visible ASCII characters', () => {
    expect(isValidIdempotencyKey('0b6c2f3e-2a4c-4b0e-9a67-3f1f0d6b9c1e')).toBe(true);
    for (const key of ['', 'with space', 'x'.repeat(256), 'ümlaut']) expect(isValidIdempotencyKey(key)).toBe(false);
  });
});
