import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { InterviewSummary } from '@/components/dashboard/interviews/interview-summary';
import { ScorecardForm } from '@/components/dashboard/interviews/scorecard-form';
import { ScorecardList } from '@/components/dashboard/interviews/scorecard-list';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { getInterviewDetail } from '@/db/queries/interview-reads';
import { listScorecards } from '@/db/queries/scorecards';
import { getTimeZones } from '@/db/queries/time-zones';
import { requireUser } from '@/lib/auth/session';
import { parseId } from '@/app/dashboard/applications/[applicationId]/params';
import { submitScorecardAction } from '../../scorecard-actions';

export const metadata: Metadata = { title: 'Scorecard', robots: { index: false } };

// The request's time, read once outside render's purity rule: whether the interview has begun.
const requestTime = () => Date.now();

type Props = { params: Promise<{ interviewId: string }> };

export default async function ScorecardPage({ params }: Props) {
  const user = await requireUser();
  const id = parseId((await params).interviewId);
  if (id === null) notFound();
  const interview = await getInterviewDetail(user, id);
  if (!interview) notFound();
  const [{ scorecards, hiddenCount }, zones] = await Promise.all([listScorecards(user, interview.applicationId), getTimeZones(user.id)]);
  const mine = scorecards.find((card) => card.interviewId === interview.id && card.reviewerId === user.id);
  const isInterviewer = interview.interviewers.some((person) => person.id === user.id);
  const started = interview.startsAt !== null && interview.startsAt.getTime() <= requestTime();
  const initial = mine ? { recommendation: mine.recommendation, notes: mine.notes, ...Object.fromEntries(Object.entries(mine.ratings).map(([k, v]) => [`rating.${k}`, String(v)])) } : undefined;
  return (
    <div className="grid max-w-3xl gap-6">
      <div className="grid gap-2">
        <Link href={`/dashboard/applications/${interview.applicationId}`} className="w-fit text-sm font-medium text-accent underline underline-offset-4">
          Back to {interview.candidateName}
        </Link>
        <h1 className="text-2xl font-semibold tracking-tight text-gray-900">
          Scorecard: {interview.kindName} with {interview.candidateName}
        </h1>
      </div>
      <InterviewSummary interview={interview} timeZone={zones.user ?? zones.company} />
      {isInterviewer && interview.status === 'scheduled' ? (
        <Card aria-labelledby="my-scorecard-heading">
          <CardHeader>
            <CardTitle id="my-scorecard-heading">Your scorecard</CardTitle>
          </CardHeader>
          <CardContent>
            {started ? (
              <ScorecardForm action={submitScorecardAction} interviewId={interview.id} criteria={interview.criteria} initial={initial} />
            ) : (
              <p className="text-sm text-gray-700">You can submit your scorecard once the interview has started.</p>
            )}
          </CardContent>
        </Card>
      ) : null}
      <Card aria-labelledby="scorecards-heading">
        <CardHeader>
          <CardTitle id="scorecards-heading">Scorecards for this applicant</CardTitle>
        </CardHeader>
        <CardContent>
          {scorecards.length === 0 && hiddenCount === 0 ? <p className="text-sm text-gray-700">No scorecards yet.</p> : <ScorecardList items={scorecards} hiddenCount={hiddenCount} />}
        </CardContent>
      </Card>
    </div>
  );
}
