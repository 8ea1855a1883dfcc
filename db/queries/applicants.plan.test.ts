import { sql as q } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cursorAt, seedManyApplicants } from '@/db/seed-many-applicants';
import { APPLICANT_PAGE_SIZE, type ApplicantParams, type ApplicantSort } from '@/lib/dashboard/applicant-params';
import { encodeCursor } from '@/db/keyset';
import { createTestJob, ensureSettings, openTestDb } from '@/tests/helpers/apply';
import { applicantQuery } from './applicants';

// The applicant list on 100,000 applications of one job: every sort and the stage filter must
// seek their own index, on the first page and deep down, and never sort the job's rows.
const { db, sql } = openTestDb();
const COUNT = 100_000;
const LIMIT = APPLICANT_PAGE_SIZE + 1;
let jobId: number;
let screeningId: number;

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Plan Rows': number;
  Plans?: PlanNode[];
}

const flatten = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(flatten)];

async function customPlan(params: ApplicantParams): Promise<PlanNode[]> {
  const [row] = await db.execute<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(q`explain (format json) ${applicantQuery(jobId, params, { limit: LIMIT }).sql}`);
  return flatten(row!['QUERY PLAN'][0].Plan);
}

// postgres.js prepares named statements, so after a few runs PostgreSQL may switch to a generic
// plan. PREPARE under force_generic_plan shows that plan on any version (EXPLAIN (generic_plan)
// needs PostgreSQL 16, and production may run an older one).
let prepared = 0;
async function genericPlan(params: ApplicantParams): Promise<PlanNode[]> {
  const query = new PgDialect().sqlToQuery(applicantQuery(jobId, params, { limit: LIMIT }).sql);
  const name = `applicant_plan_${++prepared}`;
  // EXECUTE's arguments cannot be bound parameters themselves, so they go in as literals.
  const literal = (value: unknown) =>
    typeof value === 'number' ? String(value) : `'${(value instanceof Date ? value.toISOString() : String(value)).replace(/'/g, "''")}'`;
  const args = query.params.map(literal).join(', ');
  const rows = await sql.begin(async (tx) => {
    await tx.unsafe('set local plan_cache_mode = force_generic_plan');
    await tx.unsafe(`prepare ${name} as ${query.sql}`);
    const plan = await tx.unsafe<{ 'QUERY PLAN': [{ Plan: PlanNode }] }[]>(`explain (format json) execute ${name}${args ? `(${args})` : ''}`);
    await tx.unsafe(`deallocate ${name}`);
    return plan;
  });
  return flatten(rows[0]!['QUERY PLAN'][0].Plan);
}

function expectIndexOnly(nodes: PlanNode[], index: string) {
  const scans = nodes.filter((n) => n['Relation Name'] === 'applications');
  expect(scans.length).toBeGreaterThan(0);
  for (const scan of scans) {
    expect(['Index Scan', 'Index Only Scan']).toContain(scan['Node Type']);
    expect(scan['Index Name']).toBe(index);
  }
  // Sorting a page's worth of rows (merging the keyset branches) is fine; sorting the job is not.
  // A generic plan cannot know LIMIT's value and guesses a tenth of the rows, so a sort counts
  // as a page's worth when a Limit bounds its input, whatever the guess.
  const limited = (node: PlanNode): boolean => {
    if (node['Node Type'] === 'Limit') return true;
    const passesRowsThrough = node['Node Type'] === 'Subquery Scan' || !node['Node Type'].includes('Scan');
    const children = node.Plans ?? [];
    return passesRowsThrough && children.length > 0 && children.every(limited);
  };
  for (const sort of nodes.filter((n) => n['Node Type'].includes('Sort'))) {
    if (!(sort.Plans ?? []).every(limited)) expect(sort['Plan Rows']).toBeLessThanOrEqual(3 * LIMIT);
  }
}

beforeAll(async () => {
  await ensureSettings(db);
  jobId = (await createTestJob(db)).id;
  await seedManyApplicants(sql, { jobId, count: COUNT });
  const [stage] = await sql<{ id: number }[]>`select id from stages where job_id = ${jobId} and position = 1`;
  screeningId = stage!.id;
}, 180_000); // seeding 100,000 rows takes a minute or more on a busy shared machine

afterAll(async () => {
  await sql.end();
  await (globalThis as { porticoDb?: { sql: { end(): Promise<void> } } }).porticoDb?.sql.end();
});

const CASES: Array<[ApplicantSort, string]> = [
  ['date', 'applications_job_submitted_idx'],
  ['name', 'applications_job_name_idx'],
  ['rating', 'applications_job_rating_idx'],
  ['scorecard', 'applications_job_scorecard_idx'],
  ['stage', 'applications_job_stage_order_idx'],
];

describe(`applicant list plans at ${COUNT.toLocaleString('en-US')} applicants`, () => {
  it.each(CASES)('sort %s seeks %s on the first page and on deep pages, both directions', async (sort, index) => {
    // Offsets 10,000 (rated applicants, for the rating sort) and 50,000 (page ~1000).
    const pages: ApplicantParams[] = [{ sort }];
    for (const offset of [10_000, 50_000]) {
      const cursor = await cursorAt(sql, jobId, sort, offset);
      pages.push({ sort, after: cursor }, { sort, before: cursor });
    }
    for (const params of pages) {
      expectIndexOnly(await customPlan(params), index);
      expectIndexOnly(await genericPlan(params), index);
    }
  });

  it('filters by stage and pages by date on applications_job_stage_submitted_idx', async () => {
    const [deep] = await sql<{ at: string; id: number }[]>`
      select to_char(submitted_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at, id from applications
      where job_id = ${jobId} and stage_id = ${screeningId} order by submitted_at desc, id desc offset 10000 limit 1`;
    const after = encodeCursor('date', [deep!.at, deep!.id]);
    for (const params of [{ sort: 'date', stage: screeningId }, { sort: 'date', stage: screeningId, after }, { sort: 'stage', stage: screeningId }] as ApplicantParams[]) {
      expectIndexOnly(await customPlan(params), 'applications_job_stage_submitted_idx');
      expectIndexOnly(await genericPlan(params), 'applications_job_stage_submitted_idx');
    }
  });
});
