import { createHash } from 'node:crypto';
import { HONEYPOT_FIELD, questionFieldName } from '@/lib/validations/application';
import type { ApiApplicationJson, ApiFile } from '@/lib/validations/api-application';
import { isFileLike } from '@/lib/validations/resume-file';

// Pure helpers of the apply endpoint: an API request becomes the web form's FormData (so one
// schema checks both), the form's field names become the API's, and requests get fingerprints.

/** Fields the server sets itself; a client's values for them are dropped. */
export const SERVER_SET_FIELDS = ['submissionToken', 'source', HONEYPOT_FIELD] as const;

function fileOf(file: ApiFile): File {
  return new File([Buffer.from(file.data, 'base64')], file.filename, { type: file.contentType ?? '' });
}

function appendAnswer(form: FormData, name: string, answer: NonNullable<ApiApplicationJson['answers']>[string]): void {
  if (typeof answer === 'boolean') form.append(name, answer ? 'yes' : 'no');
  else if (typeof answer === 'number') form.append(name, String(answer));
  else if (typeof answer === 'string') form.append(name, answer);
  else if (Array.isArray(answer)) for (const item of answer) form.append(name, item);
  else form.append(name, fileOf(answer));
}

/** The JSON body as the form would have posted it: checkbox "on", files, `q_<key>` answers. */
export function jsonToApplicationFormData(body: ApiApplicationJson): FormData {
  const form = new FormData();
  const text = { firstName: body.firstName, lastName: body.lastName, email: body.email, phone: body.phone, linkedinUrl: body.linkedinUrl, websiteUrl: body.websiteUrl, coverLetter: body.coverLetter };
  for (const [key, value] of Object.entries(text)) if (value !== undefined) form.append(key, value);
  form.append('consent', 'on');
  form.append('resume', fileOf(body.resume));
  for (const [key, answer] of Object.entries(body.answers ?? {})) appendAnswer(form, questionFieldName(key), answer);
  for (const [key, value] of Object.entries(body.utm ?? {})) form.append(key, value);
  return form;
}

/** The form's field name as the API caller knows it: `q_years` is `answers.years` in JSON. */
export function apiFieldName(field: string, format: 'json' | 'multipart'): string {
  return format === 'json' && field.startsWith('q_') ? `answers.${field.slice(2)}` : field;
}

/**
 * A stable hash of what a multipart request asks for. Not its bytes: a client retrying the
 * same upload picks a new random boundary each time, which must not look like another request.
 */
export async function formDataFingerprint(form: FormData): Promise<string> {
  const hash = createHash('sha256');
  for (const [name, value] of form.entries()) {
    hash.update(`${name.length}:${name}`);
    if (isFileLike(value)) {
      const digest = createHash('sha256').update(new Uint8Array(await value.arrayBuffer())).digest('hex');
      hash.update(`file:${value.name.length}:${value.name}:${value.type}:${digest}`);
    } else {
      hash.update(`text:${value.length}:${value}`);
    }
  }
  return hash.digest('hex');
}

export function bytesFingerprint(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The submission token of an idempotent request: derived from client and key, so that even
 * two copies of one request racing past the idempotency table meet at the unique
 * submission_token of applications and make one application.
 */
export function submissionTokenFor(clientId: string, idempotencyKey: string): string {
  const hex = createHash('sha256').update(`${clientId}\n${idempotencyKey}`).digest('hex');
  // Shaped as a version-4, variant-1 UUID, which z.uuid() accepts.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Idempotency-Key values: 1–255 visible ASCII characters (a UUID is typical). */
export function isValidIdempotencyKey(key: string): boolean {
  return /^[\x21-\x7e]{1,255}$/.test(key);
}
