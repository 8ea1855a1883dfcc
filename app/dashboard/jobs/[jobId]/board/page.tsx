import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PipelineBoard } from '@/components/dashboard/board/pipeline-board';
import { JobHeader } from '@/components/dashboard/job-header';
import { listBoardCards, recordJobVisit } from '@/db/queries/dashboard';
import { listEmailTemplateChoices } from '@/db/queries/email-templates';
import { listActiveRejectionReasons } from '@/db/queries/rejection-reasons';
import { exportHref } from '@/lib/dashboard/applicant-params';
import { applicantName } from '@/lib/dashboard/format';
import { parseBoardShown, showMoreHref } from '@/lib/domain/board-columns';
import { loadJob } from '../load-job';
import { StageActionsProvider } from '@/components/dashboard/stage-actions';
import { moveApplicationStageAction } from '../../../actions/move-stage';
import { previewStageEmailAction } from '../../../actions/preview-stage-email';

type Props = { params: Promise<{ jobId: string }>; searchParams: Promise<{ shown?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await loadJob((await params).jobId);
  return { title: loaded ? `Board — ${loaded.pipeline.job.title}` : 'Not found', robots: { index: false } };
}

export default async function JobBoardPage({ params, searchParams }: Props) {
  // Another job's id answers exactly like a missing one.
  const loaded = await loadJob((await params).jobId);
  if (!loaded) notFound();
  const { user, jobId, pipeline } = loaded;
  const shown = parseBoardShown((await searchParams).shown);
  const [cards, emailTemplates, rejectionReasons] = await Promise.all([listBoardCards(user, jobId, shown), listEmailTemplateChoices(), listActiveRejectionReasons()]);
  if (!cards) notFound();
  await recordJobVisit(user, jobId);
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-5">
      <JobHeader pipeline={pipeline} view="board" exportHref={exportHref(jobId)} />
      <StageActionsProvider actions={{ move: moveApplicationStageAction, previewEmail: previewStageEmailAction }}>
        <PipelineBoard
          jobId={jobId}
          emailTemplates={emailTemplates}
          rejectionReasons={rejectionReasons}
          stages={pipeline.stages.map(({ id, name, kind, count }) => ({
            id,
            name,
            kind,
            count,
            moreHref: showMoreHref(jobId, shown, id, count),
          }))}
          cards={cards.map((card) => ({
            id: card.id,
            stageId: card.stageId,
            name: applicantName(card),
            ratingAverage: card.ratingAverage,
            submittedAt: card.submittedAt,
          }))}
        />
      </StageActionsProvider>
    </div>
  );
}
