import { describe, expect, it } from 'vitest';
import { cdata, escapeHtml, escapeXml } from './escape';

describe('escaping', () => {
  it('escapes the five markup characters', () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;');
  });

  it('drops characters XML 1.0 cannot carry', () => {
    expect(escapeXml('a\u0000b\u0008c\td\ne \'')).toBe('abc\td\ne &apos;');
  });

  it('keeps a "]]>" inside CDATA from ending it early', () => {
    expect(cdata('x]]>y')).toBe('<![CDATA[x]]]]><![CDATA[>y]]>');
  });
});
