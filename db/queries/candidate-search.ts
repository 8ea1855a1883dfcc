import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { db } from '@/db';
import type { DbOrTx } from '@/db/client';
import { SNIPPET_MATCH_END, SNIPPET_MATCH_START } from '@/lib/domain/candidate-search';
import type { Actor } from './access';

// The candidate database (/dashboard/candidates): everyone who applied to a job the actor may
// see, found by name, email, tag, source or the words of their resume. Candidates whose personal
// data retention has purged are not listed; applications on other teams' jobs are never read.

export const CANDIDATE_SEARCH_LIMIT = 50;


export interface CandidateApplicationHit {
  id: number;
  jobTitle: string;
  stageName: string;
  source: string | null;
  submittedAt: Date;
  withdrawn: boolean;
}

export type ResumeTextState =
  | { state: 'matched'; snippet: string }
  | { state: 'indexed' }
  | { state: 'unreadable'; problem: string }
  | { state: 'pending' }
  | { state: 'none' };

export interface CandidateHit {
  candidateId: number;
  firstName: string;
  lastName: string;
  email: string;
  /** The person's tags, alphabetically. */
  tags: string[];
  /** Newest first; only applications on jobs the actor may see. */
  applications: CandidateApplicationHit[];
  resume: ResumeTextState;
}

export interface CandidateSearchResult {
  candidates: CandidateHit[];
  /** More candidates matched than are listed. */
  more: boolean;
}

function scopeCondition(actor: Actor): SQL {
  if (actor.role === 'admin') return sql`true`;
  return sql`exists (select 1 from hiring_team_members m where m.job_id = a.job_id and m.user_id = ${actor.id})`;
}

/** Only members of the pool, when one is chosen. */
function poolCondition(poolId: number | undefined): SQL {
  if (poolId === undefined) return sql`true`;
  return sql`exists (select 1 from talent_pool_members tp where tp.candidate_id = a.candidate_id and tp.pool_id = ${poolId})`;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (ch) => `\\${ch}`);

type Row = {
  candidateId: number;
  email: string;
  applicationId: number;
  firstName: string;
  lastName: string;
  jobTitle: string;
  stageName: string;
  source: string | null;
  submittedAt: Date | string;
  withdrawn: boolean;
  resumeFileId: number | null;
  resumeStatus: 'extracted' | 'unreadable' | null;
  resumeProblem: string | null;
  snippet: string | null;
  tags: string[];
};

/**
 * Candidates matching `query` (already trimmed; empty lists the most recent), in the pool when
 * one is given, best first: a
 * name, email or tag match, then a source match, then resume relevance (PostgreSQL full-text search,
 * English stemming, `websearch_to_tsquery` syntax: quotes, `or`, `-word`).
 */
export async function searchCandidates(actor: Actor, query: string, { poolId }: { poolId?: number } = {}, conn: DbOrTx = db): Promise<CandidateSearchResult> {
  const q = query.trim().toLowerCase();
  const like = `%${escapeLike(q)}%`;
  const tsquery = sql`websearch_to_tsquery('english', ${q})`;
  const nameMatch = sql`v.search_text like ${like}`;
  const sourceMatch = sql`lower(coalesce(v.source, '')) like ${like}`;
  const tagMatch = sql`exists (select 1 from candidate_tags ct where ct.candidate_id = v.candidate_id and ct.tag like ${like})`;
  const resumeMatch = sql`rt.document @@ ${tsquery}`;
  const matches = q === '' ? sql`true` : sql`(${nameMatch} or ${tagMatch} or ${sourceMatch} or ${resumeMatch})`;
  const score =
    q === ''
      ? sql`0`
      : sql`max((case when ${nameMatch} then 2 else 0 end) + (case when ${tagMatch} then 2 else 0 end) + (case when ${sourceMatch} then 1 else 0 end) + coalesce(ts_rank(rt.document, ${tsquery}), 0))`;
  const headline =
    q === ''
      ? sql`null::text`
      : sql`case when ${resumeMatch} then ts_headline('english', rt.text, ${tsquery}, ${`StartSel=${SNIPPET_MATCH_START}, StopSel=${SNIPPET_MATCH_END}, MaxFragments=2, MaxWords=18, MinWords=6, FragmentDelimiter=" … "`}) end`;

  const rows = await conn.execute<Row>(sql`
    -- Not materialized: each use is planned with its own conditions (an index for a name match).
    with visible as not materialized (
      select a.id, a.candidate_id, a.job_id, a.stage_id, a.first_name, a.last_name, a.source, a.search_text,
             a.submitted_at, a.withdrawn_at, a.resume_file_id, c.email
      from applications a
      join candidates c on c.id = a.candidate_id
      where c.personal_data_purged_at is null and ${scopeCondition(actor)} and ${poolCondition(poolId)}
    ),
    matched as (
      select v.candidate_id, ${score} as score, max(v.submitted_at) as latest
      from visible v
      left join resume_texts rt on rt.file_id = v.resume_file_id
      where ${matches}
      group by v.candidate_id
      order by score desc, latest desc, v.candidate_id desc
      limit ${CANDIDATE_SEARCH_LIMIT + 1}
    )
    select v.candidate_id as "candidateId", v.email, v.id as "applicationId", v.first_name as "firstName",
           v.last_name as "lastName", j.title as "jobTitle", s.name as "stageName", v.source,
           v.submitted_at as "submittedAt", v.withdrawn_at is not null as withdrawn,
           v.resume_file_id as "resumeFileId", rt.status as "resumeStatus", rt.problem as "resumeProblem",
           ${headline} as snippet,
           (select coalesce(array_agg(ct.tag order by ct.tag), '{}') from candidate_tags ct where ct.candidate_id = v.candidate_id) as tags
    from matched m
    join visible v on v.candidate_id = m.candidate_id
    join jobs j on j.id = v.job_id
    join stages s on s.id = v.stage_id
    left join resume_texts rt on rt.file_id = v.resume_file_id
    order by m.score desc, m.latest desc, m.candidate_id desc, v.submitted_at desc, v.id desc`);

  const byCandidate = new Map<number, CandidateHit>();
  for (const row of rows) {
    let hit = byCandidate.get(row.candidateId);
    if (!hit) {
      // Rows come newest application first: its contact details are the ones shown.
      hit = { candidateId: row.candidateId, firstName: row.firstName, lastName: row.lastName, email: row.email, tags: row.tags, applications: [], resume: { state: 'none' } };
      byCandidate.set(row.candidateId, hit);
    }
    hit.applications.push({
      id: row.applicationId,
      jobTitle: row.jobTitle,
      stageName: row.stageName,
      source: row.source,
      submittedAt: new Date(row.submittedAt),
      withdrawn: row.withdrawn,
    });
    hit.resume = strongerResumeState(hit.resume, resumeState(row));
  }
  const candidates = [...byCandidate.values()];
  return { candidates: candidates.slice(0, CANDIDATE_SEARCH_LIMIT), more: candidates.length > CANDIDATE_SEARCH_LIMIT };
}

function resumeState(row: Row): ResumeTextState {
  if (row.snippet) return { state: 'matched', snippet: row.snippet };
  if (row.resumeFileId === null) return { state: 'none' };
  if (row.resumeStatus === 'extracted') return { state: 'indexed' };
  if (row.resumeStatus === 'unreadable') return { state: 'unreadable', problem: row.resumeProblem ?? 'The file could not be read' };
  return { state: 'pending' };
}

// A candidate with several applications shows the most telling of their resumes' states.
const RANK: Record<ResumeTextState['state'], number> = { matched: 4, unreadable: 3, pending: 2, indexed: 1, none: 0 };
function strongerResumeState(a: ResumeTextState, b: ResumeTextState): ResumeTextState {
  return RANK[b.state] > RANK[a.state] ? b : a;
}
