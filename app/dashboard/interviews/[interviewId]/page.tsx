import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CancelInterviewForm } from '@/components/dashboard/interviews/cancel-interview-form';
import { InterviewSummary } from '@/components/dashboard/interviews/interview-summary';
import { ScheduleInterviewForm } from '@/components/dashboard/interviews/schedule-interview-form';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { getInterviewDetail, listInterviewerChoices } from '@/db/queries/interview-reads';
import { getTimeZones } from '@/db/queries/time-zones';
import { requireUser } from '@/lib/auth/session';
import { utcToWallTime } from '@/lib/time-zone';
import { parseId } from '@/app/dashboard/applications/[applicationId]/params';
import { cancelInterviewAction, rescheduleInterviewAction } from '../actions';

export const metadata: Metadata = { title: 'Interview', robots: { index: false } };

type Props = { params: Promise<{ interviewId: string }> };

export default async function InterviewPage({ params }: Props) {
  const user = await requireUser();
  const id = parseId((await params).interviewId);
  if (id === null) notFound();
  const interview = await getInterviewDetail(user, id);
  if (!interview) notFound();
  const [team, zones] = await Promise.all([listInterviewerChoices(user, interview.jobId), getTimeZones(user.id)]);
  const zone = zones.user ?? zones.company;
  const initial = {
    startsAt: interview.startsAt ? utcToWallTime(interview.startsAt, zone) : '',
    durationMinutes: String(interview.durationMinutes),
    location: interview.location ?? '',
    videoUrl: interview.videoUrl ?? '',
    interviewerNotes: interview.interviewerNotes ?? '',
    interviewerIds: interview.interviewers.map((person) => person.id),
  };
  return (
    <div className="grid max-w-3xl gap-6">
      <div className="grid gap-2">
        <Link href={`/dashboard/applications/${interview.applicationId}`} className="w-fit text-sm font-medium text-accent underline underline-offset-4">
          Back to {interview.candidateName}
        </Link>
        <h1 className="text-2xl font-semibold tracking-tight text-gray-900">
          {interview.kindName} with {interview.candidateName}
        </h1>
        <p className="text-gray-700">{interview.jobTitle}</p>
      </div>
      <InterviewSummary interview={interview} timeZone={zone} />
      {interview.interviewerNotes ? <p className="text-sm break-words whitespace-pre-wrap text-gray-800">Notes for interviewers: {interview.interviewerNotes}</p> : null}
      {interview.status === 'scheduled' ? (
        <Link href={`/dashboard/interviews/${interview.id}/scorecard`} className="w-fit font-medium text-accent underline underline-offset-4">
          Scorecards
        </Link>
      ) : null}
      {interview.status === 'scheduled' ? (
        <Card aria-labelledby="reschedule-heading">
          <CardHeader>
            <CardTitle id="reschedule-heading">Reschedule</CardTitle>
          </CardHeader>
          <CardContent>
            <ScheduleInterviewForm action={rescheduleInterviewAction} hidden={{ interviewId: interview.id }} team={team} timeZone={zone} submitLabel="Save and send updates" initial={initial} />
          </CardContent>
        </Card>
      ) : null}
      {interview.status !== 'cancelled' ? (
        <Card aria-labelledby="cancel-heading">
          <CardHeader>
            <CardTitle id="cancel-heading">Cancel</CardTitle>
          </CardHeader>
          <CardContent className="grid gap-3">
            <p className="text-sm text-gray-700">Everyone invited gets a cancellation that removes the event from their calendar.</p>
            <CancelInterviewForm action={cancelInterviewAction} interviewId={interview.id} />
          </CardContent>
        </Card>
      ) : null}
    </div>
  );
}
