import { randomBytes } from 'node:crypto';
import type { test as playwrightTest } from '@playwright/test';
import { db } from './db';

// Jobs and applicants of their own for the dashboard and pipeline specs, written straight to
// the suite's database: each test changes only what it made, so the specs run in any order.
// The jobs are 'closed', so they never show on the public board other specs look at.

export interface TestJob {
  id: number;
  slug: string;
  title: string;
}

export interface TestApplicant {
  id: number;
  name: string;
  email: string;
}

export async function userId(email: string): Promise<string> {
  const [row] = await db()<{ id: string }[]>`select id from users where email = ${email}`;
  if (!row) throw new Error(`No user ${email}: run against a seeded database`);
  return row.id;
}

/** A job with the default stages, its hiring team the given users. */
export async function createPipelineJob(label: string, team: string[] = ['manager@example.com']): Promise<TestJob> {
  const tag = randomBytes(4).toString('hex');
  const slug = `e2e-${label}-${tag}`;
  const title = `E2E ${label} ${tag}`;
  const [job] = await db()<{ id: number }[]>`
    insert into jobs (slug, title, workplace_type, employment_type, status, published_at, closed_at)
    values (${slug}, ${title}, 'remote', 'full_time', 'closed', now(), now()) returning id`;
  if (!job) throw new Error('Job insert returned no row');
  await db()`
    insert into stages (job_id, name, kind, position)
    select ${job.id}, s.name, s.kind::stage_kind, s.position - 1
    from unnest(array['Applied','Screening','Interview','Offer','Hired','Rejected'], array['applied','screening','interview','offer','hired','rejected'])
      with ordinality as s(name, kind, position)`;
  for (const email of team) await db()`insert into hiring_team_members (job_id, user_id) values (${job.id}, ${await userId(email)})`;
  return { id: job.id, slug, title };
}

/**
 * `count` applicants in Applied, named "<First> Tester-<tag>-NNN" with NNN from 001, the
 * highest number applying last (so it heads the newest-first table).
 */
export async function addApplicants(jobId: number, count: number, first = 'Pat'): Promise<TestApplicant[]> {
  const tag = randomBytes(3).toString('hex');
  const people = Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(3, '0');
    return { first, last: `Tester-${tag}-${n}`, email: `${first.toLowerCase()}.${tag}.${n}@example.com`, minutesAgo: count - i };
  });
  const out: TestApplicant[] = [];
  for (const p of people) {
    const [row] = await db()<{ id: number }[]>`
      with c as (insert into candidates (email, first_name, last_name) values (${p.email}, ${p.first}, ${p.last}) returning id)
      insert into applications (reference, job_id, candidate_id, stage_id, consent_text, consented_at, submitted_at)
      select ${`E2E-${tag}-${p.last.slice(-3)}`}, ${jobId}, c.id, (select id from stages where job_id = ${jobId} and kind = 'applied'),
             'E2E consent', now(), now() - ${p.minutesAgo} * interval '1 minute'
      from c returning id`;
    if (!row) throw new Error('Application insert returned no row');
    out.push({ id: row.id, name: `${p.first} ${p.last}`, email: p.email });
  }
  return out;
}

export async function stageNameOf(applicationId: number): Promise<string> {
  const [row] = await db()<{ name: string }[]>`select s.name from applications a join stages s on s.id = a.stage_id where a.id = ${applicationId}`;
  return row?.name ?? '';
}

export async function moveInDb(applicationId: number, stageName: string): Promise<void> {
  await db()`update applications set stage_id = (select s.id from stages s join applications a on a.job_id = s.job_id where a.id = ${applicationId} and s.name = ${stageName}) where id = ${applicationId}`;
}

export async function lastEvent(applicationId: number): Promise<{ to: string; reason: string | null } | null> {
  const [row] = await db()<{ to: string; reason: string | null }[]>`
    select s.name as to, e.reason from stage_events e join stages s on s.id = e.to_stage_id
    where e.application_id = ${applicationId} order by e.id desc limit 1`;
  return row ?? null;
}

/** Removes what the test made (the audit log keeps its rows: it is append-only). */
export async function deletePipelineJob(jobId: number): Promise<void> {
  await db()`delete from candidates where id in (select candidate_id from applications where job_id = ${jobId})`;
  await db()`delete from jobs where id = ${jobId}`;
}

/** A spec's own jobs: the function returned makes one, and every one made is removed after the spec. */
export function jobsOfThisSpec(test: typeof playwrightTest): (label: string, team?: string[]) => Promise<TestJob> {
  const made: TestJob[] = [];
  test.afterAll(async () => {
    for (const job of made) await deletePipelineJob(job.id);
  });
  return async (label, team) => {
    const job = await createPipelineJob(label, team);
    made.push(job);
    return job;
  };
}
