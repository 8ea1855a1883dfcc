// Keyset pagination for the applicant list, as pure data: which columns each sort orders by,
// how a cursor encodes the last row's key, and which index-friendly conditions select the rows
// after (or before) it. db/queries/applicants.ts turns this into SQL.
import type { ApplicantSort } from '@/lib/domain/applicant-list';

export type KeyValue = string | number | null;

export interface KeyPart {
  column: 'submitted_at' | 'sort_name' | 'rating_average' | 'scorecard_average' | 'stage_position' | 'id';
  dir: 'asc' | 'desc';
  /** Nullable columns sort their nulls last (matching applications_job_rating_idx). */
  nullable?: boolean;
  type: 'timestamptz' | 'text' | 'numeric' | 'int';
}

const id = (dir: 'asc' | 'desc'): KeyPart => ({ column: 'id', dir, type: 'int' });
const submitted: KeyPart = { column: 'submitted_at', dir: 'desc', type: 'timestamptz' };

/** Each order matches one index on applications (job_id, …) column for column, ties broken by id. */
export const SORT_KEYS: Record<ApplicantSort, readonly KeyPart[]> = {
  date: [submitted, id('desc')], // applications_job_submitted_idx (or _stage_submitted_idx under a stage filter)
  name: [{ column: 'sort_name', dir: 'asc', type: 'text' }, id('asc')], // applications_job_name_idx
  rating: [{ column: 'rating_average', dir: 'desc', nullable: true, type: 'numeric' }, id('asc')], // applications_job_rating_idx
  scorecard: [{ column: 'scorecard_average', dir: 'desc', nullable: true, type: 'numeric' }, id('asc')], // applications_job_scorecard_idx
  stage: [{ column: 'stage_position', dir: 'asc', type: 'int' }, submitted, id('desc')], // applications_job_stage_order_idx
};

/**
 * Under a stage filter every row has the same stage, so "by stage" is "newest first" — and
 * ordering by date lets applications_job_stage_submitted_idx serve the query.
 */
export function effectiveSort(sort: ApplicantSort, stageFiltered: boolean): ApplicantSort {
  return sort === 'stage' && stageFiltered ? 'date' : sort;
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;
const NUMERIC = /^-?\d{1,6}(\.\d{1,6})?$/;

/** "2024-13-45T99:99:99Z" has the shape but no such time: PostgreSQL's cast would fail on it. */
function isRealTime(value: string): boolean {
  const time = new Date(value);
  return !Number.isNaN(time.getTime()) && time.toISOString().slice(0, 19) === value.slice(0, 19);
}

function validValue(part: KeyPart, value: unknown): value is KeyValue {
  if (value === null) return Boolean(part.nullable);
  switch (part.type) {
    case 'timestamptz':
      return typeof value === 'string' && TIMESTAMP.test(value) && isRealTime(value);
    case 'numeric':
      return typeof value === 'string' && NUMERIC.test(value);
    case 'text':
      return typeof value === 'string' && value.length <= 500 && !value.includes('\u0000');
    case 'int':
      return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= 2_147_483_647;
  }
}

export function encodeCursor(sort: ApplicantSort, values: readonly KeyValue[]): string {
  return Buffer.from(JSON.stringify({ s: sort, k: values }), 'utf8').toString('base64url');
}

/** The key values, or null for anything not made by encodeCursor for this sort (stale links included). */
export function decodeCursor(cursor: string, sort: ApplicantSort): KeyValue[] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const { s, k } = parsed as { s?: unknown; k?: unknown };
  const parts = SORT_KEYS[sort];
  if (s !== sort || !Array.isArray(k) || k.length !== parts.length) return null;
  return parts.every((part, i) => validValue(part, k[i])) ? (k as KeyValue[]) : null;
}

export type Condition =
  | { column: KeyPart['column']; op: '=' | '<' | '>'; value: string | number; type: KeyPart['type'] }
  | { column: KeyPart['column']; op: 'is null' | 'is not null' };

/**
 * The rows strictly after (or before) the cursor, as a union of branches, each a run of
 * equalities on a key prefix plus one range: every branch is a single seek on the index, so a
 * deep page costs what the first does. (A row comparison cannot mix asc and desc columns, and
 * an OR of them is a filter the index cannot seek on.)
 */
export function keysetBranches(parts: readonly KeyPart[], values: readonly KeyValue[], direction: 'after' | 'before'): Condition[][] {
  const forward = direction === 'after';
  const branches: Condition[][] = [];
  parts.forEach((part, j) => {
    const prefix: Condition[] = parts.slice(0, j).map((p, i) => {
      const v = values[i] ?? null;
      return v === null ? { column: p.column, op: 'is null' } : { column: p.column, op: '=', value: v, type: p.type };
    });
    const value = values[j] ?? null;
    if (value === null) {
      // Nulls come last: nothing follows them at this level, every non-null value precedes them.
      if (!forward) branches.push([...prefix, { column: part.column, op: 'is not null' }]);
      return;
    }
    const smallerComesNext = (part.dir === 'desc') === forward;
    branches.push([...prefix, { column: part.column, op: smallerComesNext ? '<' : '>', value, type: part.type }]);
    if (part.nullable && forward) branches.push([...prefix, { column: part.column, op: 'is null' }]);
  });
  return branches;
}
