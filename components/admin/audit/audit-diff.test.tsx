import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AuditDiff } from './audit-diff';

describe('AuditDiff', () => {
  it('lists each field before → after, escaping whatever the entry holds', () => {
    const html = renderToStaticMarkup(
      <AuditDiff before={{ role: 'hiring_manager', note: '<img src=x onerror=alert(1)>' }} after={{ role: 'admin', note: '<img src=x onerror=alert(1)>' }} />,
    );
    expect(html).toContain('<th scope="row" class="w-1/4 py-1 pr-4 font-sans text-sm font-medium">role</th>');
    expect(html).toContain('hiring_manager');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
  });

  it('shows a missing side as a dash and nested values as JSON', () => {
    const html = renderToStaticMarkup(<AuditDiff before={null} after={{ userId: 'u1', tags: ['a', '<b>'] }} />);
    expect(html).toContain('—');
    expect(html).toContain('[&quot;a&quot;,&quot;&lt;b&gt;&quot;]');
  });

  it('falls back to pretty JSON for values that are not objects', () => {
    const html = renderToStaticMarkup(<AuditDiff before={['x']} after="</pre><script>alert(1)</script>" />);
    expect(html).toContain('&lt;/pre&gt;&lt;script&gt;');
    expect(html).not.toContain('<script>');
  });

  it('renders nothing when there is nothing to compare', () => {
    expect(renderToStaticMarkup(<AuditDiff before={null} after={undefined} />)).toBe('');
  });
});
