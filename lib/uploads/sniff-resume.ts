import 'server-only';
import { fileTypeFromBuffer } from 'file-type';
import { RESUME_MIME_TYPES, type ResumeExtension, type ResumeMimeType } from '@/lib/validations/resume-file';

export const NOT_A_DOCUMENT_MESSAGE = "This file isn't a real PDF, DOC or DOCX document";

export type SniffResult =
  | { ok: true; mime: ResumeMimeType; ext: ResumeExtension }
  | { ok: false; message: string };

// Every Word 97-2003 file keeps its text in a stream of this name. Other OLE2 containers
// (Excel, Outlook messages, MSI installers) lack it, so a renamed installer is refused too.
const WORD_STREAM_NAME = Buffer.from('WordDocument', 'utf16le');

/**
 * The real type of an upload, read from its bytes; the name and the declared type are only
 * the browser's guess and are trivially forged.
 */
export async function sniffResume(bytes: Uint8Array): Promise<SniffResult> {
  const detected = await fileTypeFromBuffer(bytes);
  switch (detected?.ext) {
    case 'pdf':
      return { ok: true, mime: RESUME_MIME_TYPES.pdf, ext: 'pdf' };
    case 'docx':
      return { ok: true, mime: RESUME_MIME_TYPES.docx, ext: 'docx' };
    case 'cfb':
      if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(WORD_STREAM_NAME)) {
        return { ok: true, mime: RESUME_MIME_TYPES.doc, ext: 'doc' };
      }
      return { ok: false, message: NOT_A_DOCUMENT_MESSAGE };
    default:
      return { ok: false, message: NOT_A_DOCUMENT_MESSAGE };
  }
}

/**
 * A filename safe to store and later send in Content-Disposition: no path, no control
 * characters, at most 200 characters, and ending in the extension its bytes really have.
 */
export function storedFilename(original: string, ext: ResumeExtension): string {
  const base = (original.split(/[\\/]/).pop() ?? '')
    .replace(/[\u0000-\u001f\u007f"]/g, '')
    .trim();
  const stem = (base.replace(/\.[^.]*$/, '') || 'resume').slice(0, 190);
  return `${stem}.${ext}`;
}
