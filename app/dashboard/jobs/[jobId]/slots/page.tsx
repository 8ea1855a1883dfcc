import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CancelInterviewForm } from '@/components/dashboard/interviews/cancel-interview-form';
import { InterviewSummary } from '@/components/dashboard/interviews/interview-summary';
import { ScheduleInterviewForm } from '@/components/dashboard/interviews/schedule-interview-form';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { listInterviewerChoices } from '@/db/queries/interview-reads';
import { listJobSlots } from '@/db/queries/interview-slots';
import { getTimeZones } from '@/db/queries/time-zones';
import { interviewKindsForJob } from '@/lib/interviews/schedule';
import { offerSlotAction, withdrawSlotAction } from '@/app/dashboard/interviews/slot-actions';
import { loadJob } from '../load-job';

export const metadata: Metadata = { title: 'Interview times offered', robots: { index: false } };

type Props = { params: Promise<{ jobId: string }> };

export default async function JobSlotsPage({ params }: Props) {
  const loaded = await loadJob((await params).jobId);
  if (!loaded) notFound();
  const { user, jobId, pipeline } = loaded;
  const [{ kinds }, team, zones, slots] = await Promise.all([interviewKindsForJob(jobId), listInterviewerChoices(user, jobId), getTimeZones(user.id), listJobSlots(user, jobId)]);
  const zone = zones.user ?? zones.company;
  return (
    <div className="grid max-w-3xl gap-6">
      <div className="grid gap-2">
        <Link href={`/dashboard/jobs/${jobId}`} className="w-fit text-sm font-medium text-accent underline underline-offset-4">
          Back to {pipeline.job.title}
        </Link>
        <h1 className="text-2xl font-semibold tracking-tight text-gray-900">Interview times offered</h1>
        <p className="text-gray-700">Candidates you ask to pick a time choose from these on their status page. Each time holds its interviewers’ calendars until it is taken or withdrawn.</p>
      </div>
      <Card aria-labelledby="offer-heading">
        <CardHeader>
          <CardTitle id="offer-heading">Offer a time</CardTitle>
        </CardHeader>
        <CardContent>
          <ScheduleInterviewForm action={offerSlotAction} hidden={{ jobId }} kinds={kinds.map((kind) => ({ id: kind.id, name: kind.name }))} team={team} timeZone={zone} submitLabel="Offer this time" showNotes={false} />
        </CardContent>
      </Card>
      <section aria-labelledby="offered-heading" className="grid gap-3">
        <h2 id="offered-heading" className="text-lg font-semibold text-gray-900">
          Upcoming times
        </h2>
        {(slots ?? []).length === 0 ? <p className="text-sm text-gray-700">No times offered.</p> : null}
        <ul className="grid gap-3">
          {(slots ?? []).map((slot) => (
            <li key={slot.id} className="grid gap-2 rounded-lg border border-gray-200 bg-white p-4">
              <p className="font-medium text-gray-900">
                {slot.kindName} {slot.taken ? '(taken)' : '(open)'}
              </p>
              <InterviewSummary interview={{ ...slot, status: slot.taken ? 'scheduled' : 'awaiting_candidate' }} timeZone={zone} />
              {slot.taken ? null : <CancelInterviewForm action={withdrawSlotAction} interviewId={slot.id} label="Withdraw this time" />}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
