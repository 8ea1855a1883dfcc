import { RESUME_MIME_TYPES } from '@/lib/validations/resume-file';

// Pure rules for serving an uploaded file; the route handlers and their tests share them.

const SERVABLE_TYPES: ReadonlySet<string> = new Set(Object.values(RESUME_MIME_TYPES));

/** The stored type when it is one we accept for uploads; anything else downloads as opaque bytes. */
export function servedContentType(stored: string): string {
  const type = stored.trim().toLowerCase();
  return SERVABLE_TYPES.has(type) ? type : 'application/octet-stream';
}

/** A filename fit for a header: no control characters, quotes, backslashes or path separators. */
function cleanFilename(filename: string): string {
  const cleaned = filename.replace(/[\u0000-\u001f\u007f"\\/]/g, '').trim();
  return cleaned.length > 0 ? cleaned.slice(0, 200) : 'file';
}

/** RFC 5987 value: percent-encoding that also covers the characters encodeURIComponent leaves. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function contentDisposition(kind: 'inline' | 'attachment', filename: string): string {
  const name = cleanFilename(filename);
  const ascii = name.replace(/[^\x20-\x7e]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeRfc5987(name)}`;
}

export interface ServedFile {
  filename: string;
  contentType: string;
  byteLength: number;
}

/**
 * Only a PDF asked for without ?download=1 is shown inline (the resume preview); everything
 * else is an attachment. The sandbox CSP keeps a hostile PDF or a mislabelled file from running
 * script in our origin, and nosniff stops the browser second-guessing the type.
 */
export function fileResponseHeaders(file: ServedFile, { download }: { download: boolean }): Headers {
  const contentType = servedContentType(file.contentType);
  const inline = !download && contentType === RESUME_MIME_TYPES.pdf;
  return new Headers({
    'Content-Type': contentType,
    'Content-Length': String(file.byteLength),
    'Content-Disposition': contentDisposition(inline ? 'inline' : 'attachment', file.filename),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'private, no-store',
    // frame-ancestors: only our own applicant page may frame the preview.
    'Content-Security-Policy': "default-src 'none'; frame-ancestors 'self'; sandbox",
    'X-Frame-Options': 'SAMEORIGIN',
  });
}

/** The answer for anyone who may not have the file, signed out included: it reveals nothing. */
export function notFoundResponse(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'private, no-store' },
  });
}

/** The file's row exists but its bytes cannot be read (object missing, storage not configured). */
export function missingFileResponse(): Response {
  return new Response('This file is missing from storage. The problem has been logged; please tell your administrator.', {
    status: 500,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'private, no-store' },
  });
}
