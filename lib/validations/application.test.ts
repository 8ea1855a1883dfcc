import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { PublicQuestion } from './application-questions';
import { buildApplicationSchema, CONSENT_MESSAGE, formDataToApplicationInput, normalisePhone } from './application';
import { MAX_RESUME_BYTES } from './resume-file';
import { zodFieldErrors } from '@/lib/actions/field-errors';

const pdf = (name = 'cv.pdf', type = 'application/pdf', size = 100) => new File([new Uint8Array(size)], name, { type });

function valid(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    firstName: 'Ada',
    lastName: 'Lovelace',
    email: 'ada@example.com',
    resume: pdf(),
    consent: 'on',
    company_website: '',
    submissionToken: randomUUID(),
    ...overrides,
  };
}

function q(kind: PublicQuestion['kind'], extra: Partial<PublicQuestion> = {}): PublicQuestion {
  return { key: 'answer', kind, label: 'Question', helpText: null, required: false, options: null, ...extra };
}

function errorsFor(input: Record<string, unknown>, questions: PublicQuestion[] = []) {
  const result = buildApplicationSchema(questions).safeParse(input);
  return result.success ? {} : zodFieldErrors(result.error);
}

function parse(input: Record<string, unknown>, questions: PublicQuestion[] = []) {
  const result = buildApplicationSchema(questions).safeParse(input);
  if (!result.success) throw new Error(JSON.stringify(zodFieldErrors(result.error)));
  return result.data;
}

describe('base fields', () => {
  it('accepts a minimal application and normalises it', () => {
    const data = parse(valid({ firstName: '  Ada ', email: '  Ada@Example.COM ', phone: '', websiteUrl: '', coverLetter: '' }));
    expect(data).toMatchObject({ firstName: 'Ada', email: 'ada@example.com', answers: {}, questionFiles: {} });
    expect(data.phone).toBeUndefined();
    expect(data.websiteUrl).toBeUndefined();
    expect(data.coverLetter).toBeUndefined();
  });

  it('explains every missing required field in words a person understands', () => {
    expect(errorsFor({})).toEqual({
      firstName: ['Enter your first name'],
      lastName: ['Enter your last name'],
      email: ['Enter your email address'],
      resume: ['Attach your resume (PDF, DOC or DOCX, up to 10 MB)'],
      consent: [CONSENT_MESSAGE],
    });
  });

  it('limits names to 100 characters after trimming', () => {
    expect(errorsFor(valid({ firstName: `  ${'a'.repeat(100)}  ` }))).toEqual({});
    expect(errorsFor(valid({ lastName: 'a'.repeat(101) }))).toEqual({ lastName: ['Your last name must be 100 characters or fewer'] });
  });

  it('refuses a NUL character, which PostgreSQL cannot store, with a message instead of failing later', () => {
    const nul = 'Remove the invisible control character (NUL) from this field';
    expect(errorsFor(valid({ firstName: 'Ada\u0000', coverLetter: 'Hi\u0000there' }))).toEqual({ firstName: [nul], coverLetter: [nul] });
  });

  it.each(['plainaddress', 'ada@', '@example.com', 'ada@example', 'ada @example.com'])('refuses the email %j', (email) => {
    expect(errorsFor(valid({ email }))).toEqual({ email: ["That doesn't look like an email address"] });
  });

  it('refuses an email longer than 254 characters', () => {
    expect(errorsFor(valid({ email: `${'a'.repeat(250)}@example.com` })).email).toContain('An email address can be at most 254 characters');
  });

  it('validates and normalises phone numbers', () => {
    expect(parse(valid({ phone: '+44 (0)20 7946-0958' })).phone).toBe('+4402079460958');
    expect(parse(valid({ phone: '555.010.2030' })).phone).toBe('5550102030');
    expect(errorsFor(valid({ phone: '123' }))).toEqual({ phone: ['A phone number has between 7 and 20 digits'] });
    expect(errorsFor(valid({ phone: 'call me maybe' })).phone).toContain(
      'Use only digits, spaces, brackets, dashes or dots, with an optional + at the start',
    );
    expect(errorsFor(valid({ phone: '555+0102030' })).phone).toHaveLength(1);
    expect(normalisePhone(' +1 555 ')).toBe('+1555');
  });

  it('accepts only https LinkedIn profile addresses', () => {
    expect(parse(valid({ linkedinUrl: 'https://www.linkedin.com/in/ada' })).linkedinUrl).toBe('https://www.linkedin.com/in/ada');
    expect(parse(valid({ linkedinUrl: 'https://linkedin.com/in/ada' })).linkedinUrl).toBeDefined();
    for (const linkedinUrl of ['http://www.linkedin.com/in/ada', 'https://linkedin.com.evil.example/in/ada', 'https://www.linkedin.com/', 'linkedin.com/in/ada']) {
      expect(errorsFor(valid({ linkedinUrl })).linkedinUrl, linkedinUrl).toHaveLength(1);
    }
  });

  it('accepts only http and https website addresses', () => {
    expect(parse(valid({ websiteUrl: 'https://ada.dev/' })).websiteUrl).toBe('https://ada.dev/');
    for (const websiteUrl of ['javascript:alert(1)', 'ftp://ada.dev', 'ada.dev', 'data:text/html,hi']) {
      expect(errorsFor(valid({ websiteUrl })), websiteUrl).toEqual({ websiteUrl: ['Enter a web address starting with http:// or https://'] });
    }
  });

  it('limits the cover letter to 10,000 characters', () => {
    expect(errorsFor(valid({ coverLetter: 'a'.repeat(10_000) }))).toEqual({});
    expect(errorsFor(valid({ coverLetter: 'a'.repeat(10_001) }))).toEqual({ coverLetter: ['Keep your cover letter to 10,000 characters or fewer'] });
  });

  it.each([
    ['on', true],
    ['true', true],
    [true, true],
    ['', false],
    [undefined, false],
    [false, false],
    ['yes please', false],
  ])('treats consent %j as given: %s', (consent, given) => {
    expect(errorsFor(valid({ consent })).consent).toEqual(given ? undefined : [CONSENT_MESSAGE]);
  });

  it('refuses a filled honeypot and a malformed token', () => {
    expect(errorsFor(valid({ company_website: 'https://spam.example' }))).toHaveProperty('company_website');
    expect(errorsFor(valid({ submissionToken: 'not-a-uuid' }))).toHaveProperty('submissionToken');
    // No token at all is the cached form posted without JavaScript: accepted, matched by content.
    expect(errorsFor(valid({ submissionToken: '' }))).toEqual({});
  });

  it('keeps campaign tags but never fails on them', () => {
    const data = parse(valid({ source: 'linkedin', utm_source: 'newsletter', utm_medium: 'x'.repeat(500) }));
    expect(data.source).toBe('linkedin');
    expect(data.utm).toEqual({ utm_source: 'newsletter' });
  });

  it('keeps gh_src and falls back to it, then to utm_source, for the source', () => {
    expect(parse(valid({ gh_src: 'abc123', utm_source: 'newsletter' }))).toMatchObject({
      source: 'abc123',
      utm: { gh_src: 'abc123', utm_source: 'newsletter' },
    });
    expect(parse(valid({ utm_source: 'newsletter' })).source).toBe('newsletter');
    expect(parse(valid({})).source).toBeUndefined();
  });

  it('drops tracking values that are too long or hold control characters', () => {
    const data = parse(valid({ source: 'a'.repeat(201), gh_src: 'x\u0000y', utm_campaign: 'a'.repeat(200) }));
    expect(data.source).toBeUndefined();
    expect(data.utm).toEqual({ utm_campaign: 'a'.repeat(200) });
  });
});

describe('resume file', () => {
  it.each([
    ['cv.pdf', 'application/pdf'],
    ['CV.PDF', ''],
    ['cv.doc', 'application/msword'],
    ['cv.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['cv.docx', 'application/octet-stream'],
  ])('accepts %s declared as %j', (name, type) => {
    expect(errorsFor(valid({ resume: pdf(name, type) }))).toEqual({});
  });

  it.each([
    ['cv.exe', 'application/pdf'],
    ['cv.pdf.exe', ''],
    ['cv', 'application/pdf'],
    ['cv.pdf', 'image/png'],
    ['cv.txt', 'text/plain'],
  ])('refuses %s declared as %j', (name, type) => {
    expect(errorsFor(valid({ resume: pdf(name, type) }))).toEqual({ resume: ['Upload your resume as a PDF, DOC or DOCX file'] });
  });

  it('refuses a file over 10 MB and accepts one of exactly 10 MB', () => {
    expect(errorsFor(valid({ resume: pdf('cv.pdf', 'application/pdf', MAX_RESUME_BYTES) }))).toEqual({});
    expect(errorsFor(valid({ resume: pdf('cv.pdf', 'application/pdf', MAX_RESUME_BYTES + 1) }))).toEqual({
      resume: ['Your resume must be 10 MB or smaller'],
    });
  });

  it('treats the empty file of an untouched input as missing, and an empty named file as empty', () => {
    expect(errorsFor(valid({ resume: new File([], '', { type: 'application/octet-stream' }) })).resume).toEqual([
      'Attach your resume (PDF, DOC or DOCX, up to 10 MB)',
    ]);
    expect(errorsFor(valid({ resume: new File([], 'cv.pdf') })).resume).toEqual(['Your resume file is empty. Choose the file again']);
    expect(errorsFor(valid({ resume: 'cv.pdf' })).resume).toEqual(['Attach your resume (PDF, DOC or DOCX, up to 10 MB)']);
  });

  it('takes the first file of a browser FileList (an array-like)', () => {
    expect(parse(valid({ resume: [pdf('first.pdf')] })).resume.name).toBe('first.pdf');
    expect(errorsFor(valid({ resume: [] })).resume).toHaveLength(1);
  });
});

describe('formDataToApplicationInput', () => {
  it('keeps known fields only, files as File objects and missing keys as undefined', () => {
    const formData = new FormData();
    formData.set('firstName', 'Ada');
    formData.set('resume', pdf());
    formData.set('isAdmin', 'true');
    const input = formDataToApplicationInput(formData, [q('short_text')]);
    expect(input.firstName).toBe('Ada');
    expect(input.resume).toBeInstanceOf(File);
    expect(input.lastName).toBeUndefined();
    expect(input).toHaveProperty('q_answer', undefined);
    expect(input).not.toHaveProperty('isAdmin');
  });
});
