import { z } from 'zod';
import { CAMPAIGN_KEYS, MAX_TRACKING_LENGTH, type TRACKING_KEYS } from '@/lib/tracking';
import {
  answerValue,
  questionFieldName,
  questionFieldSchema,
  type PublicQuestion,
  type QuestionAnswer,
} from './application-questions';
import {
  documentFile,
  emptyToUndefined,
  httpUrl,
  isLinkedinUrl,
  optionalField,
  optionalText,
  pickFile,
  requiredText,
  RESUME_MESSAGES,
} from './fields';
import { HONEYPOT_FIELD } from './application-names';
import { isFileLike } from './resume-file';

// ONE schema for the apply form (zodResolver in the browser) and the server action (safeParse
// again: the client is never trusted). Client-safe: nothing here may import server code.

export type { PublicQuestion } from './application-questions';
export { questionFieldName } from './application-questions';

export { HONEYPOT_FIELD };
export const CONSENT_MESSAGE = 'Please agree to the privacy notice to apply';
export { CAMPAIGN_KEYS, TRACKING_KEYS, UTM_KEYS } from '@/lib/tracking';

const PHONE_CHARACTERS = /^\+?[\d\s().-]+$/;

function digitCount(value: string): number {
  return value.replace(/\D/g, '').length;
}

/** "+1 (555) 010-2030" → "+15550102030": one form per number, whatever the candidate typed. */
export function normalisePhone(value: string): string {
  const trimmed = value.trim();
  return (trimmed.startsWith('+') ? '+' : '') + trimmed.replace(/\D/g, '');
}

// Campaign tags must never block an application: anything odd (too long, control characters)
// is dropped, not reported.
const tracking = optionalField(
  z
    .string()
    .trim()
    .max(MAX_TRACKING_LENGTH)
    .regex(/^[^\p{Cc}]*$/u),
).catch(undefined);

export const baseApplicationShape = {
  firstName: requiredText(100, { missing: 'Enter your first name', tooLong: 'Your first name must be 100 characters or fewer' }),
  lastName: requiredText(100, { missing: 'Enter your last name', tooLong: 'Your last name must be 100 characters or fewer' }),
  email: z
    .string({ error: 'Enter your email address' })
    .trim()
    .toLowerCase()
    .min(1, 'Enter your email address')
    .max(254, 'An email address can be at most 254 characters')
    .pipe(z.email({ error: "That doesn't look like an email address" })),
  phone: optionalField(
    z
      .string()
      .trim()
      .max(40, 'A phone number can be at most 40 characters')
      .regex(PHONE_CHARACTERS, 'Use only digits, spaces, brackets, dashes or dots, with an optional + at the start')
      .refine((value) => digitCount(value) >= 7 && digitCount(value) <= 20, 'A phone number has between 7 and 20 digits')
      .transform(normalisePhone),
  ),
  resume: z.preprocess(pickFile, documentFile(RESUME_MESSAGES)),
  coverLetter: optionalText(10_000, 'Keep your cover letter to 10,000 characters or fewer'),
  linkedinUrl: optionalField(
    z
      .string()
      .trim()
      .max(2000, 'A web address can be at most 2000 characters')
      .refine(isLinkedinUrl, 'Enter the address of your LinkedIn profile, starting https://www.linkedin.com/'),
  ),
  websiteUrl: optionalField(httpUrl()),
  consent: z.preprocess(
    (value) => value === true || value === 'on' || value === 'true',
    z.literal(true, { error: CONSENT_MESSAGE }),
  ),
  // Hidden from people; a bot that fills every input fills this one too.
  [HONEYPOT_FIELD]: z.preprocess(emptyToUndefined, z.undefined({ error: 'Leave this field empty' })),
  // Minted in the browser when JavaScript runs (the page itself is cached for everyone); a post
  // without one is recognised by its content instead (db/queries/applications.ts).
  submissionToken: optionalField(z.uuid({ error: 'This form has expired. Reload the page and fill it in again' })),
  source: tracking,
  ...Object.fromEntries(CAMPAIGN_KEYS.map((key) => [key, tracking])),
} as const;

export type BaseApplicationField = Exclude<keyof typeof baseApplicationShape, (typeof TRACKING_KEYS)[number]>;
export type ApplicationField = BaseApplicationField | `q_${string}`;

export interface ParsedApplication {
  firstName: string;
  lastName: string;
  email: string;
  phone?: string;
  resume: File;
  coverLetter?: string;
  linkedinUrl?: string;
  websiteUrl?: string;
  submissionToken?: string;
  source?: string;
  utm?: Record<string, string>;
  /** Answers keyed by question key; file questions are absent here and listed in `questionFiles`. */
  answers: Record<string, QuestionAnswer>;
  questionFiles: Record<string, File>;
}

/** The base fields plus one `q_<key>` field per custom question; parses to a ParsedApplication. */
export function buildApplicationSchema(questions: readonly PublicQuestion[]) {
  const shape: Record<string, z.ZodType> = { ...baseApplicationShape };
  for (const question of questions) shape[questionFieldName(question.key)] = questionFieldSchema(question);

  return z.object(shape).transform((data): ParsedApplication => {
    const answers: Record<string, QuestionAnswer> = {};
    const questionFiles: Record<string, File> = {};
    for (const question of questions) {
      const value = data[questionFieldName(question.key)];
      if (question.kind === 'file') {
        if (isFileLike(value)) questionFiles[question.key] = value;
        continue;
      }
      const answer = answerValue(question, value);
      if (answer !== undefined) answers[question.key] = answer;
    }
    const utm = Object.fromEntries(CAMPAIGN_KEYS.flatMap((key) => (typeof data[key] === 'string' ? [[key, data[key]]] : [])));
    return {
      firstName: data.firstName as string,
      lastName: data.lastName as string,
      email: data.email as string,
      phone: data.phone as string | undefined,
      resume: data.resume as File,
      coverLetter: data.coverLetter as string | undefined,
      linkedinUrl: data.linkedinUrl as string | undefined,
      websiteUrl: data.websiteUrl as string | undefined,
      submissionToken: data.submissionToken as string | undefined,
      // The source hiring teams see and count: named outright, else the job-board or campaign tag.
      source: (data.source ?? data.gh_src ?? data.utm_source) as string | undefined,
      utm: Object.keys(utm).length > 0 ? utm : undefined,
      answers,
      questionFiles,
    };
  });
}

export type ApplicationSchema = ReturnType<typeof buildApplicationSchema>;

/** The schema of a job without custom questions: the one the form and the action both check. */
export const applicationSchema = buildApplicationSchema([]);

/** FormData → the plain object the schema parses: checkbox groups keep every value, files stay File objects. */
export function formDataToApplicationInput(formData: FormData, questions: readonly PublicQuestion[]): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const key of Object.keys(baseApplicationShape)) input[key] = formData.get(key) ?? undefined;
  for (const question of questions) {
    const name = questionFieldName(question.key);
    input[name] = question.kind === 'multiple_choice' ? formData.getAll(name) : (formData.get(name) ?? undefined);
  }
  return input;
}

