import { describe, expect, it } from 'vitest';
import { contentDisposition, fileResponseHeaders, servedContentType } from './file-headers';
import { parseId } from './params';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('servedContentType', () => {
  it('serves only the three resume types as themselves', () => {
    expect(servedContentType('application/pdf')).toBe('application/pdf');
    expect(servedContentType('application/msword')).toBe('application/msword');
    expect(servedContentType(DOCX)).toBe(DOCX);
    for (const hostile of ['text/html', 'image/svg+xml', 'application/javascript', '', 'application/pdf; x=1']) {
      expect(servedContentType(hostile)).toBe('application/octet-stream');
    }
  });
});

describe('fileResponseHeaders', () => {
  const pdf = { filename: 'Ada Lovelace CV.pdf', contentType: 'application/pdf', byteLength: 1234 };

  it('shows a PDF inline for the preview, with the protective headers', () => {
    const headers = fileResponseHeaders(pdf, { download: false });
    expect(headers.get('Content-Disposition')).toMatch(/^inline; /);
    expect(headers.get('Content-Type')).toBe('application/pdf');
    expect(headers.get('Content-Length')).toBe('1234');
    expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(headers.get('Cache-Control')).toBe('private, no-store');
    expect(headers.get('Content-Security-Policy')).toBe("default-src 'none'; frame-ancestors 'self'; sandbox");
    expect(headers.get('X-Frame-Options')).toBe('SAMEORIGIN');
  });

  it('sends an attachment when asked to download, and always for anything but a PDF', () => {
    expect(fileResponseHeaders(pdf, { download: true }).get('Content-Disposition')).toMatch(/^attachment; /);
    expect(fileResponseHeaders({ ...pdf, contentType: DOCX }, { download: false }).get('Content-Disposition')).toMatch(/^attachment; /);
    const html = fileResponseHeaders({ ...pdf, contentType: 'text/html' }, { download: false });
    expect(html.get('Content-Disposition')).toMatch(/^attachment; /);
    expect(html.get('Content-Type')).toBe('application/octet-stream');
  });
});

describe('contentDisposition', () => {
  it('encodes the name for RFC 5987 and keeps an ASCII fallback', () => {
    expect(contentDisposition('attachment', 'Zoë Müller (CV).pdf')).toBe(
      `attachment; filename="Zo_ M_ller (CV).pdf"; filename*=UTF-8''Zo%C3%AB%20M%C3%BCller%20%28CV%29.pdf`,
    );
  });

  it('drops quotes, backslashes, slashes and control characters that could break the header', () => {
    expect(contentDisposition('attachment', 'a"b\\c/d\r\nSet-Cookie: x.pdf')).toBe(
      `attachment; filename="abcdSet-Cookie: x.pdf"; filename*=UTF-8''abcdSet-Cookie%3A%20x.pdf`,
    );
    expect(contentDisposition('inline', '""')).toBe(`inline; filename="file"; filename*=UTF-8''file`);
  });
});

describe('parseId', () => {
  it('takes positive int4 ids written in digits only', () => {
    expect(parseId('42')).toBe(42);
    expect(parseId('2147483647')).toBe(2_147_483_647);
    for (const bad of ['0', '-1', '042', '1e3', '12abc', '2147483648', '99999999999', '', ' 1']) expect(parseId(bad)).toBeNull();
  });
});
