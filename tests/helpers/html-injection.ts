import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';

// Did hostile text that a page may have reflected become markup? Decided on the DOM a browser
// would build (parse5 is the WHATWG parser), never by searching the HTML for a substring: an
// escaped `&lt;img onerror=…&gt;` contains the same letters as the injected element.

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'srcdoc']);
const SCRIPT_URL = /^\s*(?:javascript|vbscript|data\s*:\s*text\/html)/i;

function elements(node: Node, out: Element[] = []): Element[] {
  if ('tagName' in node) out.push(node);
  if ('childNodes' in node) for (const child of node.childNodes) elements(child, out);
  if ('content' in node && node.content) elements(node.content as Node, out);
  return out;
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

function attributes(element: Element): Map<string, string> {
  return new Map(element.attrs.map((attr) => [attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name, attr.value]));
}

/** What the hostile text would create if a page pasted it into its body: elements with something to recognise them by. */
function payloadElements(hostile: string): Array<{ tag: string; attrs: Map<string, string>; text: string }> {
  return elements(parseFragment(hostile) as unknown as Node)
    .map((element) => ({ tag: element.tagName, attrs: attributes(element), text: textOf(element) }))
    .filter((element) => element.attrs.size > 0 || element.text.trim() !== '');
}

/**
 * Every way `html` shows markup that came from `hostile`: an event-handler attribute or a script
 * URL anywhere (the app renders neither), or an element the hostile text itself would make, with
 * its attributes and text. Empty when the page is clean.
 */
export function injectedMarkup(html: string, hostile: string): string[] {
  const found: string[] = [];
  const page = elements(parse(html) as unknown as Node);
  for (const element of page) {
    for (const [name, value] of attributes(element)) {
      if (/^on/i.test(name)) found.push(`<${element.tagName} ${name}="${value}">: an event handler attribute`);
      if (URL_ATTRIBUTES.has(name) && SCRIPT_URL.test(value)) found.push(`<${element.tagName} ${name}="${value}">: a script URL`);
    }
  }
  for (const payload of payloadElements(hostile)) {
    const match = page.find(
      (element) =>
        element.tagName === payload.tag &&
        [...payload.attrs].every(([name, value]) => attributes(element).get(name) === value) &&
        (payload.text.trim() === '' || textOf(element) === payload.text),
    );
    if (match) found.push(`<${payload.tag}> from the hostile text became an element of the page`);
  }
  return found;
}

/** What a browser's parser makes of text in an attribute or text node: CR/CRLF become LF, NUL becomes U+FFFD. */
export function asParsed(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD');
}

/** The value attribute of the form control named `name` (a textarea's text), as the browser sees it. */
export function controlValue(html: string, name: string): string | undefined {
  const control = elements(parse(html) as unknown as Node).find((element) => attributes(element).get('name') === name);
  if (!control) return undefined;
  return control.tagName === 'textarea' ? textOf(control) : attributes(control).get('value');
}
