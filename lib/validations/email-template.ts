import { z } from 'zod';
import type { ActionState } from '@/lib/action-state';
import { templateProblems } from '@/lib/domain/template-render';

// The email template form and updateEmailTemplateAction share this schema. Client-safe.

export const EMAIL_TEMPLATE_LIMITS = { subject: 200, body: 10_000 } as const;

export const EMAIL_TEMPLATE_MESSAGES = {
  subject: 'Enter a subject',
  subjectTooLong: `Keep the subject to ${EMAIL_TEMPLATE_LIMITS.subject} characters or fewer`,
  subjectOneLine: 'Keep the subject on one line',
  body: 'Enter the text of the email',
  bodyTooLong: `Keep the email to ${EMAIL_TEMPLATE_LIMITS.body.toLocaleString('en-US')} characters or fewer`,
  stale: 'Someone else saved this template while you were editing. Reload the page to see their version, then make your changes again.',
  notFound: 'This template does not exist.',
} as const;

/** Adds one issue per placeholder problem, so every typo is listed at once. */
function placeholdersKnown(value: string, ctx: z.RefinementCtx) {
  for (const message of templateProblems(value)) ctx.addIssue({ code: 'custom', message });
}

export const emailTemplateSchema = z.object({
  subject: z
    .string({ error: EMAIL_TEMPLATE_MESSAGES.subject })
    .trim()
    .min(1, EMAIL_TEMPLATE_MESSAGES.subject)
    .max(EMAIL_TEMPLATE_LIMITS.subject, EMAIL_TEMPLATE_MESSAGES.subjectTooLong)
    .refine((value) => !/[\r\n]/.test(value), EMAIL_TEMPLATE_MESSAGES.subjectOneLine)
    .superRefine(placeholdersKnown),
  body: z
    .string({ error: EMAIL_TEMPLATE_MESSAGES.body })
    // Line endings as typed in a textarea differ by browser; store \n only.
    .transform((value) => value.replace(/\r\n?/g, '\n').trim())
    .pipe(
      z
        .string()
        .min(1, EMAIL_TEMPLATE_MESSAGES.body)
        .max(EMAIL_TEMPLATE_LIMITS.body, EMAIL_TEMPLATE_MESSAGES.bodyTooLong)
        .superRefine(placeholdersKnown),
    ),
});

export type EmailTemplateInput = z.infer<typeof emailTemplateSchema>;
export type EmailTemplateField = keyof EmailTemplateInput;
export type EmailTemplateActionState = ActionState<EmailTemplateField> & { values?: Partial<Record<EmailTemplateField, string>> };

/** A slug in a URL or a hidden field: the same rule as the table's check constraint. */
export const TEMPLATE_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
