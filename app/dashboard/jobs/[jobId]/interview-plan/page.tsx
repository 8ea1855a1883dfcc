import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { InterviewPlanForm } from '@/components/dashboard/interview-plan/interview-plan-form';
import { getInterviewPlan } from '@/db/queries/interview-plans';
import { requireUser } from '@/lib/auth/session';
import { parseJobId } from '@/lib/dashboard/job-id';
import { saveInterviewPlanAction } from './actions';

export const metadata: Metadata = { title: 'Interview kinds', robots: { index: false } };

type Props = { params: Promise<{ jobId: string }> };

export default async function InterviewPlanPage({ params }: Props) {
  const user = await requireUser();
  const jobId = parseJobId((await params).jobId);
  if (jobId === null) notFound();
  const plan = await getInterviewPlan(user, jobId);
  if (!plan) notFound();
  return (
    <div className="grid max-w-3xl gap-6">
      <div className="grid gap-2">
        <Link href={`/dashboard/jobs/${jobId}`} className="w-fit text-sm font-medium text-accent underline underline-offset-4">
          Back to {plan.jobTitle}
        </Link>
        <h1 className="text-2xl font-semibold tracking-tight text-gray-900">Interview kinds and scorecards</h1>
        <p className="text-gray-700">
          {plan.planId === null
            ? 'This job uses the default kinds until you save your own.'
            : plan.interviewCount > 0
              ? `Version ${plan.version}, used by ${plan.interviewCount} interview${plan.interviewCount === 1 ? '' : 's'}: saving makes version ${plan.version + 1}, and past scorecards keep their wording.`
              : `Version ${plan.version}, not used yet: saving updates it in place.`}
        </p>
      </div>
      <InterviewPlanForm action={saveInterviewPlanAction} jobId={jobId} planId={plan.planId} kinds={plan.kinds} />
    </div>
  );
}
