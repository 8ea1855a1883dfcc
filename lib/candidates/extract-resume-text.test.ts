import { describe, expect, it } from 'vitest';
import { fixtureBytes } from '@/tests/helpers/apply';
import { docxWithText, pdfWithText } from '@/tests/helpers/resume-documents';
import { RESUME_MIME_TYPES } from '@/lib/validations/resume-file';
import { extractResumeText, RESUME_TEXT_MAX_CHARS } from './extract-resume-text';

describe('extractResumeText', () => {
  it('reads the words of a PDF', async () => {
    const result = await extractResumeText(pdfWithText(['Grace Hopper', 'Compilers (COBOL) and Kubernetes']), RESUME_MIME_TYPES.pdf);
    expect(result).toEqual({ status: 'extracted', text: 'Grace Hopper\nCompilers (COBOL) and Kubernetes' });
  });

  it('reads the words of a Word document', async () => {
    const result = await extractResumeText(docxWithText(['Grace Hopper', 'Rust & Erlang <fast>']), RESUME_MIME_TYPES.docx);
    expect(result).toEqual({ status: 'extracted', text: 'Grace Hopper\n\nRust & Erlang <fast>' });
  });

  it('notes a PDF without text, a damaged file and an old .doc as unreadable, never throwing', async () => {
    expect(await extractResumeText(fixtureBytes('resume.pdf'), RESUME_MIME_TYPES.pdf)).toEqual({ status: 'unreadable', problem: 'The file has no text (a scanned image?)' });
    expect(await extractResumeText(Buffer.from('%PDF-1.4 not really'), RESUME_MIME_TYPES.pdf)).toEqual({
      status: 'unreadable',
      problem: 'The file is damaged or not what its type says',
    });
    expect(await extractResumeText(Buffer.from('PK\u0003\u0004 not a zip'), RESUME_MIME_TYPES.docx)).toMatchObject({ status: 'unreadable' });
    expect(await extractResumeText(fixtureBytes('resume.doc'), RESUME_MIME_TYPES.doc)).toEqual({
      status: 'unreadable',
      problem: 'Text is read from PDF and Word (.docx) files only',
    });
  });

  it('drops control characters (PostgreSQL text cannot hold NUL) and caps the length', async () => {
    const result = await extractResumeText(docxWithText([`nul\u0000here ${'word '.repeat(30_000)}`]), RESUME_MIME_TYPES.docx);
    expect(result.status).toBe('extracted');
    if (result.status !== 'extracted') return;
    expect(result.text.startsWith('nul here word')).toBe(true);
    expect(result.text).toHaveLength(RESUME_TEXT_MAX_CHARS);
  });
});
