// Posting the app's forms as a browser without JavaScript does: the page's own hidden fields
// (the server action's reference), the visible fields, multipart/form-data, to the page's URL.

const decode = (value: string) =>
  value.replaceAll('&quot;', '"').replaceAll('&#x27;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name.replace('$', '\\$')}="([^"]*)"`).exec(tag);
  return match?.[1] === undefined ? undefined : decode(match[1]);
}

/** The hidden fields of the first form on the page that has a field named `fieldName`. */
export function hiddenFieldsOfForm(html: string, fieldName: string): Array<[string, string]> {
  for (const [form] of html.matchAll(/<form[\s\S]*?<\/form>/g)) {
    if (!form.includes(`name="${fieldName}"`)) continue;
    const fields: Array<[string, string]> = [];
    for (const [tag] of form.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
      const name = attribute(tag, 'name');
      if (name) fields.push([name, attribute(tag, 'value') ?? '']);
    }
    return fields;
  }
  throw new Error(`No form with a field named ${fieldName}`);
}

export function cookieHeader(response: Response, previous = ''): string {
  const jar = new Map(previous.split('; ').filter(Boolean).map((pair) => [pair.split('=')[0]!, pair] as const));
  for (const line of response.headers.getSetCookie()) {
    const pair = line.split(';')[0]!;
    jar.set(pair.split('=')[0]!, pair);
  }
  return [...jar.values()].join('; ');
}

export interface FormPost {
  base: string;
  path: string;
  /** A field the wanted form has (which form of the page to post). */
  formWith: string;
  fields: Record<string, string | Blob>;
  cookie?: string;
  headers?: Record<string, string>;
  /** The page's HTML when the caller already has it (one GET for many posts). */
  html?: string;
}

export async function pageHtml(base: string, pathname: string, cookie = ''): Promise<string> {
  const response = await fetch(`${base}${pathname}`, { headers: cookie ? { cookie } : {} });
  if (!response.ok) throw new Error(`GET ${pathname} answered ${response.status}`);
  return response.text();
}

export async function postForm({ base, path: pathname, formWith, fields, cookie = '', headers = {}, html }: FormPost): Promise<Response> {
  const page = html ?? (await pageHtml(base, pathname, cookie));
  const body = new FormData();
  for (const [name, value] of hiddenFieldsOfForm(page, formWith)) body.append(name, value);
  for (const [name, value] of Object.entries(fields)) {
    if (typeof value === 'string') body.append(name, value);
    else body.append(name, value, `${name}.pdf`);
  }
  return fetch(`${base}${pathname}`, {
    method: 'POST',
    body,
    redirect: 'manual',
    headers: { origin: new URL(base).origin, ...(cookie ? { cookie } : {}), ...headers },
    signal: AbortSignal.timeout(30_000),
  });
}

/** A PDF the server's byte sniffing accepts. */
export function resumePdf(): Blob {
  const text = '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n' + 'x'.repeat(2048) + '\ntrailer << /Root 1 0 R >>\n%%EOF\n';
  return new Blob([text], { type: 'application/pdf' });
}
