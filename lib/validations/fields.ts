import { z } from 'zod';
import { isFileLike, MAX_RESUME_LABEL, resumeFileProblem } from './resume-file';

// Field builders shared by the application schema and its custom questions. Client-safe.

/** FormData and untouched inputs give '' (or null for a missing key); optional fields treat both as "not given". */
export function emptyToUndefined(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' && value.trim() === '') return undefined;
  return value;
}

export function optionalField<T extends z.ZodType>(schema: T) {
  return z.preprocess(emptyToUndefined, schema.optional());
}

// PostgreSQL cannot store a NUL character in text or jsonb: refused here with a message, it
// would otherwise fail the insert as an unexpected error.
export const NO_NUL = 'Remove the invisible control character (NUL) from this field';
export const hasNoNul = (value: string) => !value.includes('\u0000');

export function requiredText(max: number, messages: { missing: string; tooLong: string }) {
  return z.string({ error: messages.missing }).trim().min(1, messages.missing).max(max, messages.tooLong).refine(hasNoNul, NO_NUL);
}

export function optionalText(max: number, tooLong: string) {
  return optionalField(z.string().trim().max(max, tooLong).refine(hasNoNul, NO_NUL));
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

export const HTTP_URL_MESSAGE = 'Enter a web address starting with http:// or https://';

/** http(s) only: a javascript: or data: URL in an answer must never become a link in the dashboard. */
export function httpUrl(message = HTTP_URL_MESSAGE) {
  return z.string({ error: message }).trim().max(2000, 'A web address can be at most 2000 characters').refine(isHttpUrl, message);
}

export function isLinkedinUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && (url.hostname === 'linkedin.com' || url.hostname === 'www.linkedin.com') && url.pathname.length > 1;
  } catch {
    return false;
  }
}

/**
 * A file input's value as one File or undefined: the browser form gives a FileList, FormData a
 * File (an empty, unnamed one when nothing was chosen), a repeated key an array.
 */
export function pickFile(value: unknown): unknown {
  if (isFileLike(value)) return value.size === 0 && value.name === '' ? undefined : value;
  if (typeof value === 'object' && value !== null && typeof (value as ArrayLike<unknown>).length === 'number') {
    return (value as ArrayLike<unknown>).length > 0 ? pickFile((value as ArrayLike<unknown>)[0]) : undefined;
  }
  return emptyToUndefined(value);
}

export interface FileMessages {
  missing: string;
  empty: string;
  tooLarge: string;
  wrongType: string;
}

export const RESUME_MESSAGES: FileMessages = {
  missing: `Attach your resume (PDF, DOC or DOCX, up to ${MAX_RESUME_LABEL})`,
  empty: 'Your resume file is empty. Choose the file again',
  tooLarge: `Your resume must be ${MAX_RESUME_LABEL} or smaller`,
  wrongType: 'Upload your resume as a PDF, DOC or DOCX file',
};

export const DOCUMENT_MESSAGES: FileMessages = {
  missing: 'Attach a file (PDF, DOC or DOCX)',
  empty: 'This file is empty. Choose the file again',
  tooLarge: `This file must be ${MAX_RESUME_LABEL} or smaller`,
  wrongType: 'Upload a PDF, DOC or DOCX file',
};

/** A PDF/DOC/DOCX upload, checked by size, name and declared type; the bytes are sniffed on the server. */
export function documentFile(messages: FileMessages) {
  return z.custom<File>((value) => isFileLike(value), { error: messages.missing }).superRefine((file, ctx) => {
    const problem = resumeFileProblem(file);
    if (problem === 'empty') ctx.addIssue({ code: 'custom', message: messages.empty });
    if (problem === 'too-large') ctx.addIssue({ code: 'custom', message: messages.tooLarge });
    if (problem === 'wrong-type') ctx.addIssue({ code: 'custom', message: messages.wrongType });
  });
}
