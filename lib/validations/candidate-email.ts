// Writing to a candidate from their applicant page: one schema for the form and the action. Client-safe.
import { z } from 'zod';
import { templateProblems } from '@/lib/domain/template-render';

export const CANDIDATE_EMAIL_LIMITS = { subject: 200, body: 10_000 } as const;
export const CANDIDATE_EMAIL_MESSAGES = {
  subject: `Write a subject of 1 to ${CANDIDATE_EMAIL_LIMITS.subject} characters`,
  body: `Write the message, up to ${CANDIDATE_EMAIL_LIMITS.body.toLocaleString('en-US')} characters`,
  notFound: 'Not found: this applicant does not exist or is not on one of your jobs.',
  purged: 'This candidate’s personal data was removed: there is nobody to write to.',
} as const;

const withPlaceholders = (max: number, message: string) =>
  z
    .string({ message })
    .trim()
    .min(1, message)
    .max(max, message)
    .superRefine((text, ctx) => {
      for (const problem of templateProblems(text)) ctx.addIssue({ code: 'custom', message: problem });
    });

export const candidateEmailSchema = z.object({
  applicationId: z.coerce.number().int().positive().max(2_147_483_647),
  /** One per form load: a double click or a reload sends the email once. */
  formToken: z.string().uuid(),
  subject: withPlaceholders(CANDIDATE_EMAIL_LIMITS.subject, CANDIDATE_EMAIL_MESSAGES.subject),
  body: withPlaceholders(CANDIDATE_EMAIL_LIMITS.body, CANDIDATE_EMAIL_MESSAGES.body),
  intent: z.enum(['preview', 'send']).default('send'),
});
export type CandidateEmailInput = z.infer<typeof candidateEmailSchema>;
export type CandidateEmailField = 'subject' | 'body';
