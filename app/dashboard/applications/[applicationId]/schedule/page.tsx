import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ScheduleInterviewForm } from '@/components/dashboard/interviews/schedule-interview-form';
import { SelfScheduleForm } from '@/components/dashboard/interviews/self-schedule-form';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { getApplicantDetail } from '@/db/queries/applicant-detail';
import { listInterviewerChoices } from '@/db/queries/interview-reads';
import { listJobSlots } from '@/db/queries/interview-slots';
import { getTimeZones } from '@/db/queries/time-zones';
import { requireUser } from '@/lib/auth/session';
import { interviewKindsForJob } from '@/lib/interviews/schedule';
import { requestSelfSchedulingAction, scheduleInterviewAction } from '@/app/dashboard/interviews/actions';
import { parseId } from '../params';

export const metadata: Metadata = { title: 'Schedule an interview', robots: { index: false } };

type Props = { params: Promise<{ applicationId: string }> };

export default async function ScheduleInterviewPage({ params }: Props) {
  const user = await requireUser();
  const id = parseId((await params).applicationId);
  if (id === null) notFound();
  const detail = await getApplicantDetail(user, id);
  if (!detail) notFound();
  const [{ kinds }, team, zones, slots] = await Promise.all([
    interviewKindsForJob(detail.job.id),
    listInterviewerChoices(user, detail.job.id),
    getTimeZones(user.id),
    listJobSlots(user, detail.job.id),
  ]);
  const name = `${detail.candidate.firstName} ${detail.candidate.lastName}`;
  const openSlots = (kindId: number) => (slots ?? []).filter((slot) => slot.interviewKindId === kindId && !slot.taken).length;
  return (
    <div className="grid max-w-3xl gap-6">
      <div className="grid gap-2">
        <Link href={`/dashboard/applications/${detail.id}`} className="w-fit text-sm font-medium text-accent underline underline-offset-4">
          Back to {name}
        </Link>
        <h1 className="text-2xl font-semibold tracking-tight text-gray-900">Schedule an interview with {name}</h1>
        <p className="text-gray-700">For {detail.job.title}. The candidate and every interviewer get an email with a calendar invitation.</p>
      </div>
      <Card aria-labelledby="fixed-time-heading">
        <CardHeader>
          <CardTitle id="fixed-time-heading">At a time you choose</CardTitle>
        </CardHeader>
        <CardContent>
          <ScheduleInterviewForm
            action={scheduleInterviewAction}
            hidden={{ applicationId: detail.id }}
            kinds={kinds.map((kind) => ({ id: kind.id, name: kind.name }))}
            team={team}
            timeZone={zones.user ?? zones.company}
            submitLabel="Schedule and send invitations"
          />
        </CardContent>
      </Card>
      <Card aria-labelledby="self-schedule-heading">
        <CardHeader>
          <CardTitle id="self-schedule-heading">Let the candidate pick a time</CardTitle>
          <CardDescription>
            The candidate chooses one of the times the team offers, on their status page.{' '}
            <Link href={`/dashboard/jobs/${detail.job.id}/slots`} className="font-medium text-accent underline underline-offset-4">
              Offer times for this job
            </Link>
          </CardDescription>
        </CardHeader>
        <CardContent>
          <SelfScheduleForm action={requestSelfSchedulingAction} applicationId={detail.id} kinds={kinds.map((kind) => ({ id: kind.id, name: kind.name, openSlots: openSlots(kind.id) }))} />
        </CardContent>
      </Card>
    </div>
  );
}
