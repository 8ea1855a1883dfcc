import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { EMAIL_TEMPLATE_MESSAGES, emailTemplateSchema } from './email-template';
import { zodFieldErrors } from '@/lib/actions/field-errors';

describe('emailTemplateSchema', () => {
  it('accepts a template and normalises its line endings', () => {
    const parsed = emailTemplateSchema.parse({ subject: '  About {{job_title}} ', body: 'Dear {{candidate_name}},\r\n\r\nThanks\r\n' });
    expect(parsed).toEqual({ subject: 'About {{job_title}}', body: 'Dear {{candidate_name}},\n\nThanks' });
  });

  it('reports every problem of every field', () => {
    const result = emailTemplateSchema.safeParse({ subject: 'Hi {{nmae}}\nthere', body: '{{foo}} {{bar}}' });
    expect(result.success).toBe(false);
    const errors = zodFieldErrors(result.error!);
    expect(errors.subject).toEqual([EMAIL_TEMPLATE_MESSAGES.subjectOneLine, expect.stringMatching(/^Unknown placeholder \{\{nmae\}\}/)]);
    expect(errors.body).toHaveLength(2);
  });

  it('refuses blank and over-long fields with specific messages', () => {
    const blank = z.flattenError(emailTemplateSchema.safeParse({ subject: ' ', body: '\n' }).error!).fieldErrors;
    expect(blank).toEqual({ subject: [EMAIL_TEMPLATE_MESSAGES.subject], body: [EMAIL_TEMPLATE_MESSAGES.body] });
    const long = z.flattenError(emailTemplateSchema.safeParse({ subject: 'x'.repeat(201), body: 'y'.repeat(10_001) }).error!).fieldErrors;
    expect(long).toEqual({ subject: [EMAIL_TEMPLATE_MESSAGES.subjectTooLong], body: [EMAIL_TEMPLATE_MESSAGES.bodyTooLong] });
  });
});
