import Link from 'next/link';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { InterviewSummary, type InterviewSummaryData } from './interview-summary';
import { ScorecardList, type ScorecardItem } from './scorecard-list';

export interface InterviewCardItem extends InterviewSummaryData {
  id: number;
  scorecardDue: boolean;
}

const NOTICES: Record<string, string> = {
  scheduled: 'Interview scheduled: invitations are on their way.',
  moved: 'Interview moved: everyone gets the updated invitation.',
  cancelled: 'Interview cancelled: everyone gets a cancellation.',
  requested: 'The candidate is asked to pick one of the offered times.',
};

/** The applicant page's interviews (times in the viewer's zone) and the scorecards the viewer may read. */
export function InterviewsCard({
  applicationId,
  interviews,
  timeZone,
  scorecards,
  hiddenScorecards,
  notice,
}: {
  applicationId: number;
  interviews: InterviewCardItem[];
  timeZone: string;
  scorecards: ScorecardItem[];
  hiddenScorecards: number;
  notice?: string;
}) {
  return (
    <Card aria-labelledby="interviews-heading">
      <CardHeader>
        <CardTitle id="interviews-heading">Interviews</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-4">
        {notice && NOTICES[notice] ? (
          <p role="status" className="rounded-md bg-green-50 p-3 text-sm text-green-900">
            {NOTICES[notice]}
          </p>
        ) : null}
        {interviews.length === 0 ? <p className="text-sm text-gray-700">No interviews yet.</p> : null}
        <ul className="grid gap-4">
          {interviews.map((interview) => (
            <li key={interview.id} className="grid gap-2 border-b border-gray-100 pb-4 last:border-0 last:pb-0">
              <p className="text-sm font-semibold text-gray-900">{interview.kindName}</p>
              <InterviewSummary interview={interview} timeZone={timeZone} />
              <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
                {interview.status !== 'cancelled' ? (
                  <Link href={`/dashboard/interviews/${interview.id}`} className="font-medium text-accent underline underline-offset-4">
                    Reschedule or cancel<span className="sr-only"> the {interview.kindName}</span>
                  </Link>
                ) : null}
                {interview.status === 'scheduled' ? (
                  <Link href={`/dashboard/interviews/${interview.id}/scorecard`} className="font-medium text-accent underline underline-offset-4">
                    {interview.scorecardDue ? 'Submit your scorecard' : 'Scorecards'}
                    <span className="sr-only"> for the {interview.kindName}</span>
                  </Link>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
        <Link href={`/dashboard/applications/${applicationId}/schedule`} className="w-fit text-sm font-medium text-accent underline underline-offset-4">
          Schedule an interview
        </Link>
        {scorecards.length > 0 || hiddenScorecards > 0 ? (
          <section aria-labelledby="scorecard-summary-heading" className="grid gap-2 border-t border-gray-200 pt-4">
            <h3 id="scorecard-summary-heading" className="text-base font-semibold text-gray-900">
              Scorecards
            </h3>
            <ScorecardList items={scorecards} hiddenCount={hiddenScorecards} />
          </section>
        ) : null}
      </CardContent>
    </Card>
  );
}
