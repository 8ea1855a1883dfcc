import { describe, expect, it } from 'vitest';
import { asParsed, controlValue, injectedMarkup } from './html-injection';

// The hostile-input suite's judge must itself be able to fail: each unsafe way of reflecting
// text is caught, each safe one passes.
const page = (body: string) => `<!DOCTYPE html><html><head><title>t</title></head><body><main>${body}</main></body></html>`;
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

describe('injectedMarkup', () => {
  const hostile = ['<img src=x onerror=alert(1)>', '"><script>alert(123)</script>', "' onfocus='alert(1)' autofocus='", '<a href="javascript:alert(1)">x</a>', '<b>bold</b>', '</textarea><svg/onload=alert(1)>'];

  it.each(hostile)('catches %s pasted raw into text, an attribute or a textarea', (text) => {
    const raw = [page(`<p>${text}</p>`), page(`<input name="q" value="${text}">`), page(`<input name='q' value='${text}'>`), page(`<textarea name="c">${text}</textarea>`)];
    // At least one raw placement of each string creates markup (a quote only escapes its own kind of attribute).
    expect(raw.some((html) => injectedMarkup(html, text).length > 0)).toBe(true);
  });

  it.each(hostile)('passes %s escaped, in text and in an attribute, though its letters are all there', (text) => {
    const html = page(`<p>${escape(text)}</p><input name="q" value="${escape(text)}"><textarea name="c">${escape(text)}</textarea>`);
    expect(injectedMarkup(html, text)).toEqual([]);
    expect(controlValue(html, 'q')).toBe(text);
    expect(controlValue(html, 'c')).toBe(text);
  });

  it("passes the page's own markup that the hostile text happens to name", () => {
    expect(injectedMarkup(page('<b>bold</b>'), 'nothing to see')).toEqual([]);
    expect(injectedMarkup(page('<b>other</b><br>'), '<b>bold</b><br>')).toEqual([]);
  });

  it('reads values the way a browser does', () => {
    expect(asParsed('a\r\nb\rc\0')).toBe('a\nb\nc\uFFFD');
  });
});
