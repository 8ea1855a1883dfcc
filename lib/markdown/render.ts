// Markdown → safe HTML for job descriptions. No server-only imports: the admin's live
// preview renders in the browser with the same code, so preview and page cannot disagree.
import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

// A private instance, so an extension registered elsewhere on the global `marked` cannot
// change what this renders.
const marked = new Marked({ gfm: true, breaks: false });

const SAFE_HREF = /^(https?:|mailto:)/i;

// Contents of these are dropped, not kept as text (sanitize-html keeps the text of other
// disallowed tags).
const DROP_WITH_CONTENT = ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'template', 'svg', 'math', 'title', 'xmp', 'noembed', 'noframes', 'select'];

const HTML_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'em', 'b', 'i', 'ul', 'ol', 'li', 'h2', 'h3', 'h4', 'blockquote', 'code', 'pre', 'a', 'hr'],
  allowedAttributes: { a: ['href', 'title', 'rel', 'target'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  nonTextTags: DROP_WITH_CONTENT,
  transformTags: {
    // The page has its own h1; deeper levels than h4 keep their place in the outline.
    h1: 'h2',
    h5: 'h4',
    h6: 'h4',
    a: (tagName, attribs) => {
      const href = (attribs.href ?? '').trim();
      // A link to anything but http(s)/mailto (javascript:, data:, relative) becomes plain text.
      if (!SAFE_HREF.test(href)) return { tagName: 'span', attribs: {} };
      const out: sanitizeHtml.Attributes = { href, rel: 'noopener noreferrer nofollow' };
      if (attribs.title) out.title = attribs.title;
      if (attribs.target === '_blank') out.target = '_blank';
      return { tagName, attribs: out };
    },
  },
};

const TEXT_OPTIONS: sanitizeHtml.IOptions = { allowedTags: [], allowedAttributes: {}, nonTextTags: DROP_WITH_CONTENT };

export function renderMarkdown(markdown: string): string {
  return sanitizeHtml(marked.parse(markdown, { async: false }), HTML_OPTIONS);
}

/** Text only, whitespace collapsed: for meta descriptions and previews. */
export function markdownToPlainText(markdown: string): string {
  // Block boundaries become spaces first, or "<li>a</li><li>b</li>" would read "ab".
  const html = marked.parse(markdown, { async: false })
    .replace(/<\/?(p|li|ul|ol|h[1-6]|br|hr|blockquote|pre|div|tr|td|th|table)\b[^>]*>/gi, ' ');
  // sanitize-html escapes &, < and > in text; undo that, since the caller wants characters.
  return sanitizeHtml(html, TEXT_OPTIONS)
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Shortens text to at most `max` characters, ending on a word boundary with "…". */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return max === 1 ? '…' : '';
  const cut = text.slice(0, max - 1);
  const space = /\s/.test(text.charAt(max - 1)) ? cut.length : cut.search(/\s\S*$/);
  const head = space > 0 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s,;:.\-–—]+$/, '')}…`;
}
