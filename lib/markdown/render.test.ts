import { describe, expect, it } from 'vitest';
import { markdownToPlainText, renderMarkdown, truncate } from './render';

describe('renderMarkdown', () => {
  it('renders the importer’s bold lead-ins, lists and headings', () => {
    const html = renderMarkdown('## Key responsibilities\n\n- **System design & architecture:** Architect backend services.\n- Plain item');
    expect(html).toContain('<h2>Key responsibilities</h2>');
    expect(html).toContain('<li><strong>System design &amp; architecture:</strong> Architect backend services.</li>');
    expect(html).toContain('<li>Plain item</li>');
  });

  it('demotes h1 (the page has its own) and folds h5/h6 into h4', () => {
    const html = renderMarkdown('# Top\n\n### Three\n\n###### Six');
    expect(html).not.toContain('<h1');
    expect(html).toContain('<h2>Top</h2>');
    expect(html).toContain('<h3>Three</h3>');
    expect(html).toContain('<h4>Six</h4>');
  });

  it('escapes text that looks like markup', () => {
    expect(renderMarkdown('a < b & c')).toBe('<p>a &lt; b &amp; c</p>\n');
  });

  it.each([
    ['<script>alert(1)</script>', /script|alert/],
    ['<style>body{display:none}</style>text', /style|display/],
    ['<img src=x onerror=alert(1)>', /img|onerror|alert/],
    ['<iframe src="https://evil.example"></iframe>', /iframe|evil/],
    ['<p onclick="alert(1)">hi</p>', /onclick|alert/],
    ['[x](javascript:alert(1))', /href|javascript|alert/],
    ['[x](JaVaScRiPt:alert(1))', /href|javascript|alert/i],
    ['<a href="data:text/html,<script>alert(1)</script>">x</a>', /href|data:|script/],
    ['<a href="vbscript:msgbox(1)">x</a>', /href|vbscript/],
    ['[x](//evil.example/path)', /href|evil/],
    ['<svg><script>alert(1)</script></svg>', /svg|script|alert/],
  ])('strips %s', (input, forbidden) => {
    const html = renderMarkdown(input);
    expect(html).not.toMatch(forbidden);
    expect(html).not.toMatch(/<(?!\/?(p|br|strong|em|b|i|ul|ol|li|h[234]|blockquote|code|pre|a|hr)\b)/);
  });

  it('keeps the text of an unsafe link but not the link', () => {
    expect(renderMarkdown('[click me](javascript:alert(1))')).toBe('<p>click me</p>\n');
  });

  it('keeps http(s) and mailto links and forces rel', () => {
    const html = renderMarkdown('[site](https://example.com "Home") and <jobs@example.com>');
    expect(html).toContain('<a href="https://example.com" rel="noopener noreferrer nofollow" title="Home">site</a>');
    expect(html).toContain('href="mailto:jobs@example.com" rel="noopener noreferrer nofollow"');
    const raw = renderMarkdown('<a href="https://example.com" rel="opener" target="_blank" style="color:red">x</a>');
    expect(raw).toContain('rel="noopener noreferrer nofollow"');
    expect(raw).not.toMatch(/style|"opener"/);
  });

  it('keeps code and quotes but escapes their content', () => {
    const html = renderMarkdown('> quoted\n\n```\n<b>not bold</b>\n```');
    expect(html).toContain('<blockquote>');
    expect(html).toContain('<pre><code>&lt;b&gt;not bold&lt;/b&gt;');
  });
});

describe('markdownToPlainText', () => {
  it('returns the words only, whitespace collapsed', () => {
    expect(markdownToPlainText('## Role\n\nWe **build** things.\n\n- One\n- Two & three\n\n<script>alert(1)</script>')).toBe(
      'Role We build things. One Two & three',
    );
  });

  it('decodes characters rather than returning entities', () => {
    expect(markdownToPlainText('a < b & c > d, “quoted” Bachelor’s')).toBe('a < b & c > d, “quoted” Bachelor’s');
  });
});

describe('truncate', () => {
  it('leaves short text alone', () => {
    expect(truncate('Short text', 20)).toBe('Short text');
  });

  it('ends on a word boundary with an ellipsis, within the limit', () => {
    const text = 'Lead design and implementation of scalable systems';
    expect(truncate(text, 31)).toBe('Lead design and implementation…');
    expect(truncate(text, 30)).toBe('Lead design and…');
    for (const n of [5, 12, 20, 40]) expect(truncate(text, n).length).toBeLessThanOrEqual(n);
  });

  it('drops trailing punctuation before the ellipsis', () => {
    expect(truncate('Design, build, and run services', 15)).toBe('Design, build…');
  });

  it('cuts a single long word when there is no boundary', () => {
    expect(truncate('Supercalifragilistic', 10)).toBe('Supercali…');
  });
});
