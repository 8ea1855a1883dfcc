import { CANDIDATE_QUERY_MAX_LENGTH } from '@/lib/domain/candidate-search';

type RawSearchParams = Record<string, string | string[] | undefined>;

const CONTROL = /[\u0000-\u001F\u007F]/g;

/**
 * The `?q=` of /dashboard/candidates as the search takes it: the first value only, control
 * characters (which also mark snippet matches) as spaces, whitespace collapsed, cut to length.
 */
export function parseCandidateQuery(raw: RawSearchParams): string {
  const value = Array.isArray(raw.q) ? raw.q[0] : raw.q;
  return (value ?? '').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim().slice(0, CANDIDATE_QUERY_MAX_LENGTH).trim();
}

/** The `?pool=` of /dashboard/candidates: a row id, or undefined (no filter) for anything else. */
export function parseCandidatePool(raw: RawSearchParams): number | undefined {
  const value = Array.isArray(raw.pool) ? raw.pool[0] : raw.pool;
  if (!value || !/^\d{1,10}$/.test(value)) return undefined;
  const id = Number(value);
  return id > 0 && id <= 2_147_483_647 ? id : undefined;
}
