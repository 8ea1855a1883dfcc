// The board's compact index: every open job as the few strings its card shows plus the words
// it is found by. The board page ships it to the browser, which filters it as the visitor types
// (no request per keystroke); the server's full-text search still answers the submitted form and
// every URL. Client-safe and dependency-free.
import type { JobListItem } from '@/db/queries/jobs';
import { EMPLOYMENT_TYPE_LABELS, WORKPLACE_TYPE_LABELS, type EmploymentType, type WorkplaceType } from '@/lib/domain/job-enums';
import { countryName, formatLocation } from '@/lib/domain/location';
import { formatPostedDate, isoDate } from '@/lib/format/date';
import { formatPayRange } from '@/lib/format/pay';
import type { BoardParams } from './board-href';

/** More open jobs than this and the board pages on the server only: the index would weigh too much. */
export { BOARD_INDEX_LIMIT } from '@/lib/domain/board';

export interface BoardIndexJob {
  id: number;
  slug: string;
  title: string;
  /** Department and place, as the card shows them. */
  meta: string[];
  workplace: WorkplaceType;
  type: EmploymentType;
  pay: string | null;
  posted: string;
  postedLabel: string;
  department: string | null;
  country: string | null;
  /** Lower-cased words the job is found by: title, department, place, summary. */
  words: string;
}

/** A board list row (db/queries/jobs.ts), with the summary when the index is built from it. */
export type IndexableJob = JobListItem & { summary?: string };

// The workplace badge already says "Remote", so a remote place reads as where applicants may live.
function placeLabel({ location, workplaceType }: Pick<IndexableJob, 'location' | 'workplaceType'>): string | null {
  if (!location) return null;
  if (workplaceType === 'remote' && !location.city) return location.remoteArea ?? countryName(location.countryCode);
  return formatLocation(location);
}

/** Lower case, accents off, one space between words. */
export function normaliseWords(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
}

export function toBoardIndexJob(job: IndexableJob, now: Date = new Date()): BoardIndexJob {
  const place = placeLabel(job);
  const meta = [job.department?.name, place].filter((part): part is string => Boolean(part));
  const words = new Set(
    normaliseWords(
      [job.title, ...meta, WORKPLACE_TYPE_LABELS[job.workplaceType], EMPLOYMENT_TYPE_LABELS[job.employmentType], job.summary ?? ''].join(' '),
    ).split(' '),
  );
  return {
    id: job.id,
    slug: job.slug,
    title: job.title,
    meta,
    workplace: job.workplaceType,
    type: job.employmentType,
    pay: formatPayRange({ min: job.payMin, max: job.payMax, currency: job.payCurrency, period: job.payPeriod }),
    posted: isoDate(job.publishedAt),
    postedLabel: formatPostedDate(job.publishedAt, now),
    department: job.department?.slug ?? null,
    country: job.location?.countryCode ?? null,
    words: [...words].join(' '),
  };
}

/** Edit distance with adjacent swaps, stopping early once past `max`. */
function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (previous2[j - 2] ?? 0) + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return false;
    previous2 = previous;
    previous = row;
  }
  return (previous[b.length] ?? max + 1) <= max;
}

/** A typed word finds a job word it begins, or one a typo or two away ("enginer" → engineer). */
function wordMatches(term: string, words: string[]): boolean {
  const typos = term.length >= 8 ? 2 : term.length >= 4 ? 1 : 0;
  return words.some((word) => word.startsWith(term) || (typos > 0 && withinEdits(term, word.slice(0, term.length + typos), typos)));
}

/** The jobs of the index that match the board's filters and every word of its search, in index order (newest first). */
export function filterBoardIndex(jobs: readonly BoardIndexJob[], params: Omit<BoardParams, 'page'>): BoardIndexJob[] {
  const terms = params.q ? normaliseWords(params.q).split(' ').filter(Boolean) : [];
  return jobs.filter((job) => {
    if (params.department && job.department !== params.department) return false;
    if (params.country && job.country !== params.country) return false;
    if (params.workplace && job.workplace !== params.workplace) return false;
    if (params.type && job.type !== params.type) return false;
    if (terms.length === 0) return true;
    const words = job.words.split(' ');
    return terms.every((term) => wordMatches(term, words));
  });
}
