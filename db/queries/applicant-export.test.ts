import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { env } from '@/lib/env';
import { seedManyApplicants } from '@/db/seed-many-applicants';
import { applicationInput, createTestJob, ensureSettings, openTestDb } from '@/tests/helpers/apply';
import { addToHiringTeam, applyTo, createActor } from '@/tests/helpers/review';
import type { Actor } from './access';
import { APPLICANT_CSV_HEADER, streamApplicantsCsv } from './applicant-export';

const { db, sql } = openTestDb();
let job: { id: number };
let member: Actor;
let outsider: Actor;
let trickyEmail: string;

beforeAll(async () => {
  await ensureSettings(db);
  job = await createTestJob(db);
  [member, outsider] = await Promise.all([createActor(db), createActor(db)]);
  await addToHiringTeam(db, job.id, member);
  await seedManyApplicants(sql, { jobId: job.id, count: 1200 });
  const input = applicationInput(job.id);
  trickyEmail = input.candidate.email;
  await applyTo(db, job.id, { ...input, candidate: { ...input.candidate, firstName: '=HYPERLINK("http://evil.example")', lastName: 'Smith, Jr', phone: '+15550100' } });
});

afterAll(async () => {
  await sql.end();
  await (globalThis as { porticoDb?: { sql: { end(): Promise<void> } } }).porticoDb?.sql.end();
});

async function readAll(stream: ReadableStream<Uint8Array>): Promise<{ text: string; chunks: number }> {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  let text = '';
  let chunks = 0;
  for await (const chunk of stream) {
    chunks += 1;
    text += decoder.decode(chunk, { stream: true });
  }
  return { text, chunks };
}

const records = (text: string) => text.replace(/^\uFEFF/, '').split('\r\n').slice(0, -1);

describe('streamApplicantsCsv', () => {
  it('streams every applicant in batches, a header first', async () => {
    const stream = await streamApplicantsCsv(member, job.id, { sort: 'date' }, { conn: db, client: sql });
    const { text, chunks } = await readAll(stream!);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = records(text);
    expect(lines[0]).toBe(APPLICANT_CSV_HEADER.join(','));
    expect(lines).toHaveLength(1 + 1201);
    // 1,201 rows in batches of 500: the header, then three batches.
    expect(chunks).toBe(4);
  });

  it('defuses formulas and quotes fields per RFC 4180', async () => {
    const stream = await streamApplicantsCsv(member, job.id, { sort: 'date', q: trickyEmail }, { conn: db, client: sql });
    const [, row] = records((await readAll(stream!)).text);
    expect(row).toMatch(/^"'=HYPERLINK\(""http:\/\/evil\.example""\) Smith, Jr",/);
    expect(row).toContain(`,${trickyEmail},'+15550100,Applied,,0,`);
  });

  it('keeps the table’s filters and order', async () => {
    const [stage] = await sql<{ id: number }[]>`select id from stages where job_id = ${job.id} and position = 1`;
    const expected = await sql<{ email: string }[]>`
      select c.email from applications a join candidates c on c.id = a.candidate_id
      where a.job_id = ${job.id} and a.stage_id = ${stage!.id} and a.rating_average >= 2 order by a.submitted_at desc, a.id desc`;
    const stream = await streamApplicantsCsv(member, job.id, { sort: 'date', stage: stage!.id, rating: 2, after: 'ignored' }, { conn: db, client: sql });
    const emails = records((await readAll(stream!)).text).slice(1).map((line) => line.split(',')[1]);
    expect(expected.length).toBeGreaterThan(0);
    expect(emails).toEqual(expected.map((r) => r.email));
  });

  it('answers null (404) to someone off the hiring team', async () => {
    expect(await streamApplicantsCsv(outsider, job.id, { sort: 'date' }, { conn: db, client: sql })).toBeNull();
  });

  it('closes the cursor when the download is cancelled', async () => {
    const single = postgres(env.DATABASE_URL!, { max: 1, onnotice: () => {} });
    try {
      const stream = await streamApplicantsCsv(member, job.id, { sort: 'name' }, { conn: db, client: single });
      const reader = stream!.getReader();
      await reader.read();
      await reader.read();
      await reader.cancel();
      // The one connection is free again; with the cursor left open this would wait for ever.
      expect(await single`select 1 as one`).toEqual([{ one: 1 }]);
    } finally {
      await single.end();
    }
  });
});
