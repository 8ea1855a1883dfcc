import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import type { CandidateHit, CandidateSearchResult, ResumeTextState } from '@/db/types';
import { formatShortDate } from '@/lib/dashboard/format';
import { ResumeSnippet } from './resume-snippet';

function ResumeNote({ resume }: { resume: ResumeTextState }) {
  switch (resume.state) {
    case 'matched':
      return <ResumeSnippet snippet={resume.snippet} />;
    case 'unreadable':
      return <p className="text-sm text-gray-700">Resume text could not be read: {resume.problem}.</p>;
    case 'pending':
      return <p className="text-sm text-gray-700">Resume text is being read; it will be searchable shortly.</p>;
    default:
      return null;
  }
}

function CandidateCard({ candidate }: { candidate: CandidateHit }) {
  const name = `${candidate.firstName} ${candidate.lastName}`.trim();
  return (
    <li className="grid gap-2 rounded-lg border border-gray-200 bg-white p-4">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h2 className="text-base font-semibold text-gray-900">{name}</h2>
        <p className="text-sm break-all text-gray-700">{candidate.email}</p>
      </div>
      <ul className="grid gap-1" aria-label={`Applications of ${name}`}>
        {candidate.applications.map((application) => (
          <li key={application.id} className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-gray-800">
            <Link href={`/dashboard/applications/${application.id}`} className="font-medium underline underline-offset-4">
              {application.jobTitle}
            </Link>
            <span>· {application.stageName}</span>
            {application.withdrawn ? <Badge variant="warning">Withdrawn</Badge> : null}
            {application.source ? <span>· via {application.source}</span> : null}
            <span>
              · applied <time dateTime={application.submittedAt.toISOString()}>{formatShortDate(application.submittedAt)}</time>
            </span>
          </li>
        ))}
      </ul>
      {candidate.tags.length > 0 ? (
        <ul className="flex flex-wrap gap-1.5" aria-label={`Tags of ${name}`}>
          {candidate.tags.map((tag) => (
            <li key={tag}>
              <Badge variant="secondary">{tag}</Badge>
            </li>
          ))}
        </ul>
      ) : null}
      <ResumeNote resume={candidate.resume} />
    </li>
  );
}

/** The search's answer: a count that says what was searched, then one card per person. */
export function CandidateResults({ query, poolName, result }: { query: string; poolName?: string; result: CandidateSearchResult }) {
  const count = result.candidates.length;
  const inPool = poolName ? ` in “${poolName}”` : '';
  if (count === 0) {
    return query ? (
      <EmptyState title={`No candidates match “${query}”${inPool}`} description="Try fewer words, or part of a name or email address." headingLevel="h2" />
    ) : (
      <EmptyState title={poolName ? `No one in “${poolName}” yet` : 'No candidates yet'} description="People who apply to the jobs you hire for appear here." headingLevel="h2" />
    );
  }
  const summary = query
    ? `${result.more ? `The ${count} best matches` : `${count} ${count === 1 ? 'candidate matches' : 'candidates match'}`} “${query}”`
    : `${result.more ? `The ${count} most recent candidates` : `${count} ${count === 1 ? 'candidate' : 'candidates'}`}`;
  return (
    <section aria-label="Candidates" className="grid gap-3">
      <p role="status" className="text-sm text-gray-700">
        {summary}
        {inPool}
        {result.more ? ': add words to narrow the search.' : '.'}
      </p>
      <ul className="grid gap-3">
        {result.candidates.map((candidate) => (
          <CandidateCard key={candidate.candidateId} candidate={candidate} />
        ))}
      </ul>
    </section>
  );
}
