// The Greenhouse-compatible API on a real PostgreSQL: each endpoint's body is checked against
// the documented Greenhouse shapes (tests/helpers/greenhouse-schemas.ts cites the source).
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getBoardCompany, listBoardDepartments, listBoardPlaces, listBoardQuestions, listOpenBoardJobs } from '@/db/queries/public-board';
import { departments, jobs, locations } from '@/db/schema';
import { createTestJob, ensureSettings, openTestDb } from '@/tests/helpers/apply';
import * as gh from '@/tests/helpers/greenhouse-schemas';
import { getBoard, getDepartment, getJob, getOffice, listDepartments, listJobs, listOffices, type BoardSource, type GhResult } from './api';

const { db, sql } = openTestDb();
afterAll(() => sql.end());

const source: BoardSource = {
  company: () => getBoardCompany(db),
  openJobs: () => listOpenBoardJobs(db),
  questions: (jobId) => listBoardQuestions(jobId, db),
  departments: () => listBoardDepartments(db),
  places: () => listBoardPlaces(db),
};
const APP_URL = 'https://careers.example.com/';

let token = '';
let deptId = 0;
let placeId = 0;
let open: { id: number; slug: string };
let closed: { id: number; slug: string };
let draft: { id: number; slug: string };
let loose: { id: number; slug: string };
const tag = randomUUID().slice(0, 8);

beforeAll(async () => {
  await ensureSettings(db);
  token = (await getBoardCompany(db))!.companySlug;
  [{ id: deptId }] = (await db.insert(departments).values({ name: `R & D ${tag}`, slug: `r-d-${tag}` }).returning({ id: departments.id })) as [{ id: number }];
  [{ id: placeId }] = (await db.insert(locations).values({ city: `Springfield ${tag}`, region: 'IL', countryCode: 'US' }).returning({ id: locations.id })) as [
    { id: number },
  ];
  open = await createTestJob(db, {
    title: 'Engineer <Backend> & "Ops"',
    departmentId: deptId,
    locationId: placeId,
    workplaceType: 'hybrid',
    descriptionMarkdown: '## About\n\nWork on **payments** & <script>alert(1)</script> more.',
    pay: { min: '95000.50', max: '120000', currency: 'USD', period: 'year' },
    publishedAt: new Date(Date.now() - 60_000),
    questions: [
      { key: 'years', kind: 'number', label: 'Years of experience', required: true },
      { key: 'relocate', kind: 'yes_no', label: 'Will you relocate?', required: false },
      { key: 'stack', kind: 'multiple_choice', label: 'Stacks', required: false, options: ['Go', 'TypeScript'] },
      { key: 'level', kind: 'single_choice', label: 'Level', required: true, options: ['Mid', 'Senior'] },
      { key: 'why', kind: 'long_text', label: 'Why us?', helpText: 'A few lines', required: false },
      { key: 'portfolio', kind: 'file', label: 'Portfolio', required: false },
    ],
  });
  closed = await createTestJob(db, { title: 'Closed role', departmentId: deptId, status: 'closed', publishedAt: new Date() });
  draft = await createTestJob(db, { title: 'Draft role', departmentId: deptId, status: 'draft' });
  loose = await createTestJob(db, { title: 'Anywhere role' });
});

function body<T>(result: GhResult, schema: { parse(value: unknown): T }): T {
  expect(result.status).toBe(200);
  return schema.parse(JSON.parse(JSON.stringify(result.body)));
}

describe('board', () => {
  it('answers name and content for the configured slug, and Greenhouse’s 404 for any other', async () => {
    const board = body(await getBoard(source, token, APP_URL), gh.ghBoard);
    expect(board.name).toBe((await getBoardCompany(db))!.companyName);
    const missing = await getBoard(source, `${token}-nope`, APP_URL);
    expect(missing).toEqual({ status: 404, body: { status: 404, error: 'Job board not found' } });
  });
});

describe('jobs', () => {
  it('lists open jobs only, in the documented shape, with meta.total', async () => {
    const list = body(await listJobs(source, token, APP_URL, false), gh.ghJobList);
    const ids = list.jobs.map((j) => j.id);
    expect(ids).toContain(open.id);
    expect(ids).not.toContain(closed.id);
    expect(ids).not.toContain(draft.id);
    expect(list.meta.total).toBe(list.jobs.length);
    const mine = list.jobs.find((j) => j.id === open.id)!;
    expect(mine).toMatchObject({
      internal_job_id: open.id,
      title: 'Engineer <Backend> & "Ops"',
      absolute_url: `https://careers.example.com/jobs/${open.slug}`,
      location: { name: `Springfield ${tag}, IL, United States` },
      metadata: null,
      requisition_id: null,
    });
    expect(mine).not.toHaveProperty('content');
  });

  it('with content=true adds the escaped description, departments and offices', async () => {
    const list = body(await listJobs(source, token, APP_URL, true), gh.ghJobListWithContent);
    const mine = list.jobs.find((j) => j.id === open.id)!;
    expect(mine.content).toContain('&lt;h2&gt;About&lt;/h2&gt;');
    expect(mine.content).toContain('&lt;strong&gt;payments&lt;/strong&gt; &amp;amp;');
    expect(mine.content).not.toContain('script');
    expect(mine.departments).toEqual([{ id: deptId, name: `R & D ${tag}`, parent_id: null, child_ids: [] }]);
    expect(mine.offices).toEqual([
      { id: placeId, name: `Springfield ${tag}`, location: `Springfield ${tag}, IL, United States`, parent_id: null, child_ids: [] },
    ]);
  });

  it('retrieves one job with questions and pay_input_ranges when asked', async () => {
    const plain = body(await getJob(source, token, APP_URL, String(open.id), { questions: false, payTransparency: false }), gh.ghJobDetail);
    expect(plain).not.toHaveProperty('questions');
    expect(plain).not.toHaveProperty('pay_input_ranges');

    const job = body(await getJob(source, token, APP_URL, String(open.id), { questions: true, payTransparency: true }), gh.ghJobDetail);
    expect(job.pay_input_ranges).toEqual([
      { min_cents: 9_500_050, max_cents: 12_000_000, currency_type: 'USD', title: 'Pay range (per year)', blurb: 'The pay for this role is per year, before tax.' },
    ]);
    const byLabel = new Map(job.questions!.map((q) => [q.label, q]));
    expect(byLabel.get('First Name')).toEqual({ required: true, label: 'First Name', description: null, fields: [{ name: 'first_name', type: 'input_text', values: [] }] });
    expect(byLabel.get('Resume/CV')!.fields[0]!.type).toBe('input_file');
    expect(byLabel.get('Years of experience')!.fields[0]).toMatchObject({ type: 'input_text', name: expect.stringMatching(/^question_\d+$/) });
    expect(byLabel.get('Will you relocate?')!.fields[0]!.values).toEqual([{ value: 1, label: 'Yes' }, { value: 0, label: 'No' }]);
    expect(byLabel.get('Stacks')!.fields[0]).toMatchObject({ type: 'multi_value_multi_select', values: [{ value: 0, label: 'Go' }, { value: 1, label: 'TypeScript' }] });
    expect(byLabel.get('Level')!).toMatchObject({ required: true, fields: [{ type: 'multi_value_single_select' }] });
    expect(byLabel.get('Why us?')!).toMatchObject({ description: 'A few lines', fields: [{ type: 'textarea' }] });
    expect(byLabel.get('Portfolio')!.fields[0]!.type).toBe('input_file');
  });

  it('answers Greenhouse’s 404 for closed, draft, unknown and malformed ids, and for an unknown board', async () => {
    const notFound = { status: 404, body: { status: 404, error: 'Job not found' } };
    const options = { questions: true, payTransparency: true };
    for (const id of [String(closed.id), String(draft.id), '2147483647', 'abc', '-1', '1.5', '00']) {
      expect(await getJob(source, token, APP_URL, id, options), id).toEqual(notFound);
    }
    expect(await getJob(source, `${token}-nope`, APP_URL, String(open.id), options)).toEqual(notFound);
  });

  it('drops a job the moment it closes', async () => {
    const soon = await createTestJob(db, { title: 'Closing soon' });
    expect((await getJob(source, token, APP_URL, String(soon.id), { questions: false, payTransparency: false })).status).toBe(200);
    await db.update(jobs).set({ status: 'closed', closedAt: new Date() }).where(eq(jobs.id, soon.id));
    expect((await getJob(source, token, APP_URL, String(soon.id), { questions: false, payTransparency: false })).status).toBe(404);
  });
});

describe('departments', () => {
  it('lists every department with its open jobs, as a list and as a tree', async () => {
    const list = body(await listDepartments(source, token, APP_URL, 'list'), gh.ghDepartmentListResponse);
    const mine = list.departments.find((d) => d.id === deptId)!;
    expect(mine.jobs.map((j) => j.id)).toEqual([open.id]);
    expect(mine).toMatchObject({ name: `R & D ${tag}`, parent_id: null, child_ids: [] });
    // Jobs without a department sit under Greenhouse's "No Department" (id 0).
    const none = list.departments.find((d) => d.id === 0)!;
    expect(none.name).toBe('No Department');
    expect(none.jobs.map((j) => j.id)).toContain(loose.id);

    const tree = body(await listDepartments(source, token, APP_URL, 'tree'), gh.ghDepartmentTreeResponse);
    expect(tree.departments.find((d) => d.id === deptId)).toMatchObject({ children: [], jobs: [{ id: open.id }] });
  });

  it('retrieves one department, or Greenhouse’s 404', async () => {
    expect(body(await getDepartment(source, token, APP_URL, String(deptId), 'list'), gh.ghDepartmentList).jobs.map((j) => j.id)).toEqual([open.id]);
    expect(body(await getDepartment(source, token, APP_URL, String(deptId), 'tree'), gh.ghDepartmentTree).children).toEqual([]);
    expect(await getDepartment(source, token, APP_URL, '2147483647', 'list')).toEqual({ status: 404, body: { status: 404, error: 'Department not found' } });
    expect((await getDepartment(source, 'nope', APP_URL, String(deptId), 'list')).status).toBe(404);
  });
});

describe('offices', () => {
  it('lists places with their departments and open jobs, as a list and as a tree', async () => {
    const list = body(await listOffices(source, token, APP_URL, 'list'), gh.ghOfficeListResponse);
    const mine = list.offices.find((o) => o.id === placeId)!;
    expect(mine).toMatchObject({ name: `Springfield ${tag}`, location: `Springfield ${tag}, IL, United States`, parent_id: null, child_ids: [] });
    expect(mine.departments.find((d) => d.id === deptId)!.jobs.map((j) => j.id)).toEqual([open.id]);

    const tree = body(await listOffices(source, token, APP_URL, 'tree'), gh.ghOfficeTreeResponse);
    expect(tree.offices.find((o) => o.id === placeId)).toMatchObject({ children: [] });
  });

  it('retrieves one office, or Greenhouse’s 404', async () => {
    const office = body(await getOffice(source, token, APP_URL, String(placeId), 'list'), gh.ghOfficeList);
    expect(office.departments.flatMap((d) => d.jobs.map((j) => j.id))).toEqual([open.id]);
    body(await getOffice(source, token, APP_URL, String(placeId), 'tree'), gh.ghOfficeTree);
    const noOffice = body(await getOffice(source, token, APP_URL, '0', 'list'), gh.ghOfficeList);
    expect(noOffice).toMatchObject({ name: 'No Office', location: null });
    expect(noOffice.departments.flatMap((d) => d.jobs.map((j) => j.id))).toContain(loose.id);
    expect(await getOffice(source, token, APP_URL, 'x', 'list')).toEqual({ status: 404, body: { status: 404, error: 'Office not found' } });
  });
});
