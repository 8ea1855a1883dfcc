import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pdfWithText } from '../../tests/helpers/resume-documents';

// Upload fixtures made on the fly, so no binary sits in the repository.
const dir = path.join(os.tmpdir(), 'portico-e2e-files');

function write(name: string, bytes: Buffer): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

const MINIMAL_PDF = `%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj
trailer << /Root 1 0 R >>
%%EOF
`;

export const resumePdf = () => write('jane-doe-resume.pdf', Buffer.from(MINIMAL_PDF));

/** A Windows executable's header under a .pdf name: the server must look at the bytes. */
export const renamedExecutable = () =>
  write('resume.pdf', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(126), Buffer.from('PE\0\0'), Buffer.alloc(400)]));

/** Just over the 10 MB limit, but a real PDF by its bytes. */
export const oversizedPdf = () =>
  write('huge-resume.pdf', Buffer.concat([Buffer.from(MINIMAL_PDF), Buffer.alloc(10 * 1024 * 1024 + 1, 0x20)]));

export const uniqueEmail = (label: string) =>
  `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@example.com`;

/** Just under the 10 MB limit: with the other fields the request is over 10 MB, which must still work. */
export const largestAllowedPdf = () =>
  write('large-resume.pdf', Buffer.concat([Buffer.from(MINIMAL_PDF), Buffer.alloc(10 * 1024 * 1024 - 1024 - MINIMAL_PDF.length, 0x20)]));

/** A PDF resume whose page says `lines` (the candidate search reads it). */
export const resumePdfSaying = (name: string, lines: readonly string[]) => write(name, pdfWithText(lines));
