import 'server-only';
import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';
import type { ResumeTextResult } from '@/db/queries/resume-texts';
import { RESUME_MIME_TYPES } from '@/lib/validations/resume-file';

/** Enough for any real resume; a 10 MB upload of text must not become a 10 MB search document. */
export const RESUME_TEXT_MAX_CHARS = 100_000;
/** A hostile PDF can make a parser spin; the worker gives up on it rather than stall every other resume. */
export const RESUME_TEXT_TIMEOUT_MS = 20_000;

// Control characters (NUL cannot be stored in PostgreSQL text at all) become spaces.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

function tidy(text: string): string {
  return text.replace(CONTROL, ' ').replace(/[ \t]+/g, ' ').replace(/\n{3,}/g, '\n\n').trim().slice(0, RESUME_TEXT_MAX_CHARS);
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocumentProxy(bytes, { verbosity: 0 });
  try {
    const { text } = await extractText(pdf, { mergePages: true });
    return text;
  } finally {
    await pdf.destroy();
  }
}

async function docxText(bytes: Uint8Array): Promise<string> {
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return value;
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The words of a resume, by the content type recorded at upload (which the upload checked
 * against the bytes). Never throws: a damaged or unsupported file is "unreadable", with a
 * reason a person can act on, and the candidate is still found by name, email and source.
 */
export async function extractResumeText(bytes: Uint8Array, contentType: string, timeoutMs = RESUME_TEXT_TIMEOUT_MS): Promise<ResumeTextResult> {
  const extract = contentType === RESUME_MIME_TYPES.pdf ? pdfText : contentType === RESUME_MIME_TYPES.docx ? docxText : null;
  if (!extract) return { status: 'unreadable', problem: 'Text is read from PDF and Word (.docx) files only' };
  try {
    const text = tidy(await withTimeout(extract(new Uint8Array(bytes)), timeoutMs));
    if (!text) return { status: 'unreadable', problem: 'The file has no text (a scanned image?)' };
    return { status: 'extracted', text };
  } catch (error) {
    const timedOut = error instanceof Error && error.message === 'timed out';
    return { status: 'unreadable', problem: timedOut ? 'Reading the file took too long' : 'The file is damaged or not what its type says' };
  }
}
