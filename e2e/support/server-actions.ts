import { readFileSync } from 'node:fs';
import type { APIRequestContext } from '@playwright/test';

// Calling server actions over HTTP exactly as Next's client does: the action's id in a
// Next-Action header, the arguments encoded as React encodes a reply (a FormData argument
// becomes "$K1" in the root list, its entries prefixed "_1_").

export interface ActionRef {
  id: string;
  key: string;
}

/** Every server action of the build (file#export), from Next's server-reference manifest. */
export function builtActions(): ActionRef[] {
  const distDir = process.env.NEXT_DIST_DIR ?? (process.env.TEST_RUN_NAME ? `.next-${process.env.TEST_RUN_NAME}` : '.next');
  const manifest = JSON.parse(readFileSync(`${distDir}/server/server-reference-manifest.json`, 'utf8')) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => ({ id, key: `${entry.filename}#${entry.exportedName}` }));
}

/** A form argument: each value a field (a list repeats the field). */
export class Form {
  constructor(readonly fields: Record<string, string | string[]>) {}
}

const escape = (value: unknown): unknown =>
  typeof value === 'string' && value.startsWith('$') ? `$${value}` : Array.isArray(value) ? value.map(escape) : value;

export async function callAction(request: APIRequestContext, baseURL: string, page: string, id: string, args: unknown[]) {
  const headers = { 'next-action': id, origin: baseURL, accept: 'text/x-component' };
  const form = args.find((arg): arg is Form => arg instanceof Form);
  let response;
  if (form) {
    const body = new FormData();
    for (const [name, value] of Object.entries(form.fields)) for (const item of [value].flat()) body.append(`_1_${name}`, item);
    // The root goes last, as React's client sends it: the server decodes as the parts stream in.
    body.append('0', JSON.stringify(args.map((arg) => (arg === form ? '$K1' : escape(arg)))));
    response = await request.post(page, { headers, multipart: body, maxRedirects: 0 });
  } else {
    response = await request.post(page, { headers: { ...headers, 'content-type': 'text/plain;charset=UTF-8' }, data: JSON.stringify(args.map(escape)), maxRedirects: 0 });
  }
  const cookies = response.headersArray().filter((header) => header.name.toLowerCase() === 'set-cookie').map((header) => header.value).join('\n');
  return { status: response.status(), redirect: response.headers()['x-action-redirect'] ?? '', cookies, text: await response.text() };
}
