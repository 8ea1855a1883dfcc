import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { CampaignTags } from '@/components/dashboard/applicant/campaign-tags';
import { ActivityTimeline } from '@/components/dashboard/applicant/activity-timeline';
import { AnswersList } from '@/components/dashboard/applicant/answers-list';
import { ContactCard } from '@/components/dashboard/applicant/contact-card';
import { CoverLetter } from '@/components/dashboard/applicant/cover-letter';
import { formatDate } from '@/components/dashboard/applicant/format';
import { displayAnswers } from '@/components/dashboard/applicant/format-answer';
import { NotesSection } from '@/components/dashboard/applicant/notes-section';
import { TagsSection } from '@/components/dashboard/applicant/tags-section';
import { PoolsSection } from '@/components/dashboard/applicant/pools-section';
import { MergeCandidateForm } from '@/components/dashboard/applicant/merge-candidate-form';
import { OtherApplications } from '@/components/dashboard/applicant/other-applications';
import { RatingSection } from '@/components/dashboard/applicant/rating-section';
import { ResumePreview } from '@/components/dashboard/applicant/resume-preview';
import { StageCard } from '@/components/dashboard/applicant/stage-card';
import { buildTimeline } from '@/components/dashboard/applicant/timeline';
import { InterviewsCard } from '@/components/dashboard/interviews/interviews-card';
import { Badge } from '@/components/ui/badge';
import type { Actor } from '@/db/queries/access';
import { listCandidateEmails } from '@/db/queries/application-emails';
import { getApplicantDetail, listOtherApplications, listStageMoves } from '@/db/queries/applicant-detail';
import { listEmailTemplateChoices } from '@/db/queries/email-templates';
import { listCandidateTags } from '@/db/queries/candidate-tags';
import { listPoolsOfApplicant, listTalentPools } from '@/db/queries/talent-pools';
import { listNotes } from '@/db/queries/notes';
import { listApplicationInterviews } from '@/db/queries/interview-reads';
import { listRatings } from '@/db/queries/ratings';
import { listActiveRejectionReasons } from '@/db/queries/rejection-reasons';
import { listScorecards } from '@/db/queries/scorecards';
import { getTimeZones } from '@/db/queries/time-zones';
import { requireUser } from '@/lib/auth/session';
import { parseId } from './params';
import { StageActionsProvider } from '@/components/dashboard/stage-actions';
import { moveApplicationStageAction } from '../../actions/move-stage';
import { previewStageEmailAction } from '../../actions/preview-stage-email';
import { addNoteAction, addTagAction, addToPoolAction, mergeCandidateAction, rateApplicationAction, removeFromPoolAction, removeTagAction } from './actions';

type Props = { params: Promise<{ applicationId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// One read per request for the metadata and the page; a malformed id and another team's
// applicant both end in the same 404.
const loadApplicant = cache(async (rawId: string) => {
  const user = await requireUser();
  const id = parseId(rawId);
  if (id === null) notFound();
  const actor: Actor = { id: user.id, role: user.role };
  const detail = await getApplicantDetail(actor, id);
  if (!detail) notFound();
  return { actor, detail };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { detail } = await loadApplicant((await params).applicationId);
  return { title: `${detail.candidate.firstName} ${detail.candidate.lastName} · ${detail.job.title}`, robots: { index: false } };
}

export default async function ApplicantPage({ params, searchParams }: Props) {
  const { actor, detail } = await loadApplicant((await params).applicationId);
  const query = await searchParams;
  const [others, notes, ratings, stageMoves, emailTemplates, interviews, scorecards, zones, rejectionReasons, emails, tags, memberOf, pools] = await Promise.all([
    listOtherApplications(actor, detail.id),
    listNotes(actor, detail.id),
    listRatings(actor, detail.id),
    listStageMoves(actor, detail.id),
    listEmailTemplateChoices(),
    listApplicationInterviews(actor, detail.id),
    listScorecards(actor, detail.id),
    getTimeZones(actor.id),
    listActiveRejectionReasons(),
    listCandidateEmails(actor, detail.id),
    listCandidateTags(actor, detail.id),
    listPoolsOfApplicant(actor, detail.id),
    listTalentPools(actor),
  ]);
  const name = `${detail.candidate.firstName} ${detail.candidate.lastName}`;
  const answers = displayAnswers(detail.questions, detail.answers, detail.answerFiles);
  const timeline = buildTimeline({ submittedAt: detail.submittedAt, stageMoves, notes, ratings, interviews, emails });

  return (
    // The dashboard layout provides <main> and the page's width and padding.
    <div className="grid gap-6">
      <header className="grid gap-2">
        <Link
          href={`/dashboard/jobs/${detail.job.id}`}
          className="w-fit text-sm font-medium text-accent underline decoration-1 underline-offset-4 hover:decoration-2"
        >
          {detail.job.title}
          <span className="sr-only"> applicants</span>
        </Link>
        <h1 className="text-2xl font-semibold tracking-tight break-words text-gray-900">{name}</h1>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-gray-700">
          <Badge variant="secondary">{detail.stage.name}</Badge>
          {detail.withdrawnAt ? (
            <Badge variant="warning">
              Withdrawn by the candidate on <time dateTime={detail.withdrawnAt.toISOString()}>{formatDate(detail.withdrawnAt)}</time>
            </Badge>
          ) : null}
          <span>
            Applied <time dateTime={detail.submittedAt.toISOString()}>{formatDate(detail.submittedAt)}</time>
          </span>
          <span>Source: {detail.source ?? 'Direct'}</span>
          {detail.origin.kind === 'referral' ? <span>Referred by {detail.origin.referrer ?? 'a former employee'}</span> : null}
          {detail.origin.kind === 'agency' ? <span>Agency: {detail.origin.agency}</span> : null}
          {detail.origin.kind !== 'applied' ? <span>Added by {detail.origin.addedBy ?? 'a former user'}</span> : null}
          <span>
            Reference <span className="font-mono">{detail.reference}</span>
          </span>
        </div>
        {query.added === '1' ? (
          <p role="status" className="text-sm text-green-800">
            Added to {detail.job.title}.
          </p>
        ) : null}
        <CampaignTags campaign={detail.campaign} />
        <Link href={`/dashboard/applications/${detail.id}/email`} className="w-fit text-sm font-medium text-accent underline underline-offset-4">
          Email the candidate
        </Link>
        {actor.role === 'admin' ? (
          // Subject access (admins only, audited): every application of this candidate, the team's notes included.
          <a href={`/dashboard/applications/${detail.id}/subject-access`} className="w-fit text-sm font-medium text-accent underline underline-offset-4">
            Download everything held about this candidate
          </a>
        ) : null}
      </header>

      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="grid min-w-0 gap-6">
          <ResumePreview applicationId={detail.id} candidateName={name} resume={detail.resume} />
          <AnswersList applicationId={detail.id} answers={answers} />
          <CoverLetter text={detail.coverLetter} />
          <InterviewsCard
            applicationId={detail.id}
            interviews={interviews}
            timeZone={zones.user ?? zones.company}
            scorecards={scorecards.scorecards}
            hiddenScorecards={scorecards.hiddenCount}
            notice={typeof query.interview === 'string' ? query.interview : undefined}
          />
          <ActivityTimeline events={timeline} />
        </div>
        <aside aria-label="Review" className="grid min-w-0 gap-6">
          <ContactCard contact={detail.candidate} />
          <StageActionsProvider actions={{ move: moveApplicationStageAction, previewEmail: previewStageEmailAction }}>
            <StageCard applicationId={detail.id} stage={detail.stage} stages={detail.stages} emailTemplates={emailTemplates} rejectionReasons={rejectionReasons} />
          </StageActionsProvider>
          <RatingSection
            action={rateApplicationAction}
            applicationId={detail.id}
            viewerId={actor.id}
            average={detail.rating.average}
            count={detail.rating.count}
            ratings={ratings}
          />
          <TagsSection actions={{ add: addTagAction, remove: removeTagAction }} applicationId={detail.id} tags={tags} />
          <PoolsSection actions={{ add: addToPoolAction, remove: removeFromPoolAction }} applicationId={detail.id} memberOf={memberOf} pools={pools} />
          <NotesSection action={addNoteAction} applicationId={detail.id} notes={notes} />
          <OtherApplications applications={others} />
          {actor.role === 'admin' ? <MergeCandidateForm action={mergeCandidateAction} applicationId={detail.id} /> : null}
        </aside>
      </div>
    </div>
  );
}
