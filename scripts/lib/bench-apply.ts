import { writeFileSync } from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';
import { load, type LoadResult } from './bench-load';

// The apply post as a browser without JavaScript sends it: the cached page's hidden inputs (the
// server action's reference), the visible fields, a 33 KB PDF, a new candidate every request.
// Every 303 is an acknowledged application; the database must hold exactly those (stored =
// acknowledged), plus at most one per connection still in flight when wrk stopped.

const decode = (value: string) =>
  value.replaceAll('&quot;', '"').replaceAll('&#x27;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name.replace('$', '\\$')}="([^"]*)"`).exec(tag);
  return match?.[1] === undefined ? undefined : decode(match[1]);
}

/** A PDF of `bytes` bytes that the server's byte sniffing accepts. */
export function benchPdf(bytes = 33 * 1024): Buffer {
  const head = '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%';
  const tail = '\ntrailer << /Root 1 0 R >>\n%%EOF\n';
  return Buffer.from(head + 'x'.repeat(Math.max(0, bytes - head.length - tail.length)) + tail);
}

export interface ApplyBenchResult {
  load: LoadResult;
  acknowledged: number;
  stored: number;
}

export async function benchApply({ base, jobPath, databaseUrl, workDir, connections, seconds }: {
  base: string;
  jobPath: string;
  databaseUrl: string;
  workDir: string;
  connections: number;
  seconds: number;
}): Promise<ApplyBenchResult> {
  const actionPath = `${jobPath}/apply`;
  const html = await (await fetch(`${base}${actionPath}`)).text();
  const hidden: string[] = [];
  for (const [tag] of html.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = attribute(tag, 'name');
    if (name && name !== 'submissionToken') hidden.push(`${name}=${attribute(tag, 'value') ?? ''}`);
  }
  if (!hidden.some((line) => line.startsWith('$ACTION'))) throw new Error(`No server-action form found at ${actionPath}`);
  const fieldsFile = path.join(workDir, 'apply-fields.txt');
  const pdfFile = path.join(workDir, 'resume.pdf');
  writeFileSync(fieldsFile, `${hidden.join('\n')}\n`);
  writeFileSync(pdfFile, benchPdf());
  // A build from before the cached apply page needs a token per post; today's page has none.
  const token = html.includes('name="submissionToken"') ? ['token'] : [];

  const sql = postgres(databaseUrl, { max: 1 });
  const count = async () =>
    (await sql<{ n: number }[]>`select count(*)::int as n from applications a join candidates c on c.id = a.candidate_id where c.email like 'bench-%@example.com'`)[0]?.n ?? 0;
  try {
    const before = await count();
    const result = await load(`${base}${actionPath}`, { connections, seconds, script: 'apply.lua', args: [fieldsFile, pdfFile, ...token] });
    // Let the posts still in flight finish before counting.
    await new Promise((r) => setTimeout(r, 3000));
    return { load: result, acknowledged: result.statuses['303'] ?? 0, stored: (await count()) - before };
  } finally {
    await sql.end();
  }
}
