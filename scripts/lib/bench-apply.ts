import { randomUUID } from 'node:crypto';

// Drives the apply form the way a browser without JavaScript does: the page's hidden inputs
// (React's server-action references and the form's one-time token) plus the visible fields,
// posted as multipart/form-data to the page itself.

export interface ApplyForm {
  actionPath: string;
  hidden: Array<[string, string]>;
}

const decode = (value: string) =>
  value.replaceAll('&quot;', '"').replaceAll('&#x27;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name.replace('$', '\\$')}="([^"]*)"`).exec(tag);
  return match?.[1] === undefined ? undefined : decode(match[1]);
}

export async function readApplyForm(base: string, jobPath: string): Promise<ApplyForm> {
  const actionPath = `${jobPath}/apply`;
  const html = await (await fetch(`${base}${actionPath}`)).text();
  const hidden: Array<[string, string]> = [];
  for (const [tag] of html.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = attribute(tag, 'name');
    if (name && name !== 'submissionToken') hidden.push([name, attribute(tag, 'value') ?? '']);
  }
  if (!hidden.some(([name]) => name.startsWith('$ACTION'))) throw new Error(`No server-action form found at ${actionPath}`);
  return { actionPath, hidden };
}

const PDF = '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';

export function buildApplyBody(form: ApplyForm, email: string): { payload: string; contentType: string } {
  const boundary = `----portico${randomUUID().replaceAll('-', '')}`;
  const fields: Array<[string, string]> = [
    ...form.hidden,
    ['submissionToken', randomUUID()],
    ['firstName', 'Bench'],
    ['lastName', 'Candidate'],
    ['email', email],
    ['consent', 'on'],
  ];
  const parts = fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  parts.push(
    `--${boundary}\r\nContent-Disposition: form-data; name="resume"; filename="resume.pdf"\r\nContent-Type: application/pdf\r\n\r\n${PDF}\r\n`,
  );
  return { payload: `${parts.join('')}--${boundary}--\r\n`, contentType: `multipart/form-data; boundary=${boundary}` };
}
