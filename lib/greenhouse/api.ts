// The Greenhouse Job Board API endpoints over a data source: the routes pass the cached reads,
// the integration tests pass the plain queries on a real database. Each returns a status and a
// JSON body, with Greenhouse's 404 bodies ({"status":404,"error":"Job not found"}).
import type { BoardCompany, BoardJob, BoardPlace, BoardQuestion } from '@/db/queries/public-board';
import { renderMarkdown } from '@/lib/markdown/render';
import { NO_DEPARTMENT, NO_OFFICE, officeLocation, officeName, payInputRanges, toGhJob, toGhJobWithContent, type MapContext } from './map';
import { ghQuestions } from './questions';
import type { GhError, GhJob, GhJobDetail, RenderAs } from './types';

export interface BoardSource {
  company(): Promise<BoardCompany | null>;
  openJobs(): Promise<BoardJob[]>;
  questions(jobId: number): Promise<BoardQuestion[]>;
  departments(): Promise<Array<{ id: number; name: string }>>;
  places(): Promise<BoardPlace[]>;
}

export type GhResult = { status: 200; body: unknown } | { status: 404; body: GhError };

const notFound = (error: string): GhResult => ({ status: 404, body: { status: 404, error } });
const ok = (body: unknown): GhResult => ({ status: 200, body });

// Greenhouse ids are positive integers; anything else names nothing.
const ID = /^[1-9]\d{0,9}$/;
export function parseId(raw: string): number | null {
  return ID.test(raw) && Number(raw) <= 2_147_483_647 ? Number(raw) : null;
}

/** Greenhouse reads these flags as the string "true"; anything else is false. */
export const flag = (value: string | null): boolean => value === 'true';

export const renderAs = (value: string | null): RenderAs => (value === 'tree' ? 'tree' : 'list');

interface Board {
  ctx: MapContext;
  source: BoardSource;
}

async function openBoard(source: BoardSource, token: string, appUrl: string): Promise<Board | null> {
  const company = await source.company();
  if (!company || company.companySlug !== token) return null;
  return { ctx: { appUrl: appUrl.replace(/\/+$/, ''), company }, source };
}

export async function getBoard(source: BoardSource, token: string, appUrl: string): Promise<GhResult> {
  const board = await openBoard(source, token, appUrl);
  if (!board) return notFound('Job board not found');
  const intro = board.ctx.company.careersIntro.trim();
  return ok({ name: board.ctx.company.companyName, content: intro ? renderMarkdown(intro) : '' });
}

export async function listJobs(source: BoardSource, token: string, appUrl: string, content: boolean): Promise<GhResult> {
  const board = await openBoard(source, token, appUrl);
  if (!board) return notFound('Job board not found');
  const jobs = await source.openJobs();
  const mapped = jobs.map((job) => (content ? toGhJobWithContent(job, board.ctx) : toGhJob(job, board.ctx)));
  return ok({ jobs: mapped, meta: { total: mapped.length } });
}

export async function getJob(
  source: BoardSource,
  token: string,
  appUrl: string,
  rawId: string,
  options: { questions: boolean; payTransparency: boolean },
): Promise<GhResult> {
  const id = parseId(rawId);
  const board = await openBoard(source, token, appUrl);
  // Greenhouse answers "Job not found" for an unknown board on this path too.
  if (!board || id === null) return notFound('Job not found');
  const job = (await source.openJobs()).find((candidate) => candidate.id === id);
  if (!job) return notFound('Job not found');
  const detail: GhJobDetail = toGhJobWithContent(job, board.ctx);
  if (options.questions) detail.questions = ghQuestions(await source.questions(job.id));
  if (options.payTransparency) detail.pay_input_ranges = payInputRanges(job);
  return ok(detail);
}

// ---------------------------------------------------------------- departments and offices
// Portico's departments and places are flat: no parents, no children.

function jobsBy<K>(jobs: BoardJob[], key: (job: BoardJob) => K): Map<K, BoardJob[]> {
  const map = new Map<K, BoardJob[]>();
  for (const job of jobs) map.set(key(job), [...(map.get(key(job)) ?? []), job]);
  return map;
}

function departmentNode(department: { id: number; name: string }, jobs: GhJob[], shape: RenderAs) {
  return shape === 'tree'
    ? { id: department.id, name: department.name, jobs, children: [] as never[] }
    : { id: department.id, name: department.name, jobs, parent_id: null, child_ids: [] as number[] };
}

/** The departments with their open jobs, plus Greenhouse's "No Department" when a job has none. */
function departmentNodes(board: Board, departments: Array<{ id: number; name: string }>, jobs: BoardJob[], shape: RenderAs) {
  const byDepartment = jobsBy(jobs, (job) => job.department?.id ?? NO_DEPARTMENT.id);
  const all = byDepartment.has(NO_DEPARTMENT.id) ? [...departments, NO_DEPARTMENT] : departments;
  return all.map((d) => departmentNode(d, (byDepartment.get(d.id) ?? []).map((job) => toGhJob(job, board.ctx)), shape));
}

export async function listDepartments(source: BoardSource, token: string, appUrl: string, shape: RenderAs): Promise<GhResult> {
  const board = await openBoard(source, token, appUrl);
  if (!board) return notFound('Job board not found');
  const [departments, jobs] = await Promise.all([source.departments(), source.openJobs()]);
  return ok({ departments: departmentNodes(board, departments, jobs, shape) });
}

export async function getDepartment(source: BoardSource, token: string, appUrl: string, rawId: string, shape: RenderAs): Promise<GhResult> {
  const board = await openBoard(source, token, appUrl);
  if (!board) return notFound('Job board not found');
  const id = rawId === '0' ? 0 : parseId(rawId);
  if (id === null) return notFound('Department not found');
  const [departments, jobs] = await Promise.all([source.departments(), source.openJobs()]);
  const node = departmentNodes(board, departments, jobs, shape).find((d) => d.id === id);
  return node ? ok(node) : notFound('Department not found');
}

function officeNodes(board: Board, places: BoardPlace[], departments: Array<{ id: number; name: string }>, jobs: BoardJob[], shape: RenderAs) {
  const byPlace = jobsBy(jobs, (job) => job.location?.id ?? NO_OFFICE.id);
  const offices: Array<{ id: number; name: string; location: string | null }> = places.map((p) => ({ id: p.id, name: officeName(p), location: officeLocation(p) }));
  if (byPlace.has(NO_OFFICE.id)) offices.push({ ...NO_OFFICE, location: null });
  return offices.map((office) => {
    const nested = departmentNodes(board, departments, byPlace.get(office.id) ?? [], shape);
    return shape === 'tree'
      ? { ...office, departments: nested, children: [] as never[] }
      : { ...office, departments: nested, parent_id: null, child_ids: [] as number[] };
  });
}

export async function listOffices(source: BoardSource, token: string, appUrl: string, shape: RenderAs): Promise<GhResult> {
  const board = await openBoard(source, token, appUrl);
  if (!board) return notFound('Job board not found');
  const [places, departments, jobs] = await Promise.all([source.places(), source.departments(), source.openJobs()]);
  return ok({ offices: officeNodes(board, places, departments, jobs, shape) });
}

export async function getOffice(source: BoardSource, token: string, appUrl: string, rawId: string, shape: RenderAs): Promise<GhResult> {
  const board = await openBoard(source, token, appUrl);
  if (!board) return notFound('Job board not found');
  const id = rawId === '0' ? 0 : parseId(rawId);
  if (id === null) return notFound('Office not found');
  const [places, departments, jobs] = await Promise.all([source.places(), source.departments(), source.openJobs()]);
  const node = officeNodes(board, places, departments, jobs, shape).find((o) => o.id === id);
  return node ? ok(node) : notFound('Office not found');
}
