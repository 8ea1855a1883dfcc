import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOT_A_DOCUMENT_MESSAGE, sniffResume, storedFilename } from './sniff-resume';

const fixture = (name: string) => new Uint8Array(readFileSync(path.join(process.cwd(), 'tests', 'fixtures', name)));

describe('sniffResume', () => {
  it('accepts a real PDF', async () => {
    expect(await sniffResume(fixture('resume.pdf'))).toEqual({ ok: true, mime: 'application/pdf', ext: 'pdf' });
  });

  it('accepts a real DOCX (a zip with word/document.xml)', async () => {
    expect(await sniffResume(fixture('resume.docx'))).toEqual({
      ok: true,
      mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ext: 'docx',
    });
  });

  it('accepts a legacy DOC (an OLE2 container with a WordDocument stream)', async () => {
    expect(await sniffResume(fixture('resume.doc'))).toEqual({ ok: true, mime: 'application/msword', ext: 'doc' });
  });

  it('refuses an OLE2 container that is not a Word document (e.g. an MSI installer)', async () => {
    const cfb = fixture('resume.doc');
    const renamedStream = Buffer.from('WordDocument', 'utf16le');
    const at = Buffer.from(cfb).indexOf(renamedStream);
    expect(at).toBeGreaterThan(0);
    cfb.set(Buffer.from('MsiInstaller', 'utf16le'), at);
    expect(await sniffResume(cfb)).toEqual({ ok: false, message: NOT_A_DOCUMENT_MESSAGE });
  });

  it('refuses a Windows executable renamed to resume.pdf', async () => {
    expect(await sniffResume(fixture('executable-renamed.pdf'))).toEqual({ ok: false, message: NOT_A_DOCUMENT_MESSAGE });
  });

  it('refuses a PNG image', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    expect(await sniffResume(png)).toEqual({ ok: false, message: NOT_A_DOCUMENT_MESSAGE });
  });

  it('refuses plain text, even when it mentions PDF', async () => {
    expect(await sniffResume(Buffer.from('My resume, not really a %PDF-1.4 file\n'))).toEqual({ ok: false, message: NOT_A_DOCUMENT_MESSAGE });
  });

  it('refuses a plain zip that is not a Word document', async () => {
    // "PK\x03\x04" local header for an empty file named a.txt
    const zip = Buffer.from('504b0304140000000000000000000000000000000000000000000500000061' + '2e747874', 'hex');
    expect((await sniffResume(zip)).ok).toBe(false);
  });

  it('refuses an empty file', async () => {
    expect((await sniffResume(new Uint8Array(0))).ok).toBe(false);
  });
});

describe('storedFilename', () => {
  it('keeps a normal name', () => {
    expect(storedFilename('Ada Lovelace CV.pdf', 'pdf')).toBe('Ada Lovelace CV.pdf');
  });

  it('strips paths and control characters and fixes the extension to the real type', () => {
    expect(storedFilename('C:\\Users\\ada\\cv"\u0007.pdf', 'docx')).toBe('cv.docx');
    expect(storedFilename('../../etc/passwd', 'pdf')).toBe('passwd.pdf');
  });

  it('falls back to "resume" for a name with nothing left', () => {
    expect(storedFilename('.pdf', 'pdf')).toBe('resume.pdf');
  });
});
