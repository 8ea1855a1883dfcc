// Text → HTML/XML text and attribute values: the five characters that can change markup.
const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
// XML's five predefined entities: every XML parser knows them, not all decode numeric references.
const XML_ENTITIES: Record<string, string> = { ...HTML_ENTITIES, "'": '&apos;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!);
}

// XML 1.0 forbids most C0 control characters even as references; a pasted posting can hold them.
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text.replace(XML_INVALID, '').replace(/[&<>"']/g, (c) => XML_ENTITIES[c]!);
}

/** A CDATA section that survives a "]]>" inside the text (split across two sections). */
export function cdata(text: string): string {
  return `<![CDATA[${text.replace(XML_INVALID, '').replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}
