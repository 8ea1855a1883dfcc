import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ApplicantFilters } from '@/components/dashboard/applicant-filters';
import { ApplicantTable } from '@/components/dashboard/applicant-table';
import { BulkMoveForm } from '@/components/dashboard/bulk-move-form';
import { JobHeader } from '@/components/dashboard/job-header';
import { KeysetPagination } from '@/components/dashboard/keyset-pagination';
import { SourceCounts } from '@/components/dashboard/source-counts';
import { EmptyState } from '@/components/ui/empty-state';
import { countApplicantsBySource } from '@/db/queries/applicant-sources';
import { listApplicants } from '@/db/queries/applicants';
import { recordJobVisit } from '@/db/queries/dashboard';
import { listEmailTemplateChoices } from '@/db/queries/email-templates';
import { listActiveRejectionReasons } from '@/db/queries/rejection-reasons';
import { applicantsHref, exportHref, hasApplicantFilters, parseApplicantParams, withoutCursor, type RawSearchParams } from '@/lib/dashboard/applicant-params';
import { packApplicant } from '@/lib/dashboard/applicant-rows';
import { loadJob } from './load-job';
import { bulkMoveApplicationsAction } from '../../actions/bulk-move';

type Props = { params: Promise<{ jobId: string }>; searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await loadJob((await params).jobId);
  return { title: loaded ? `Applicants — ${loaded.pipeline.job.title}` : 'Not found', robots: { index: false } };
}

export default async function JobApplicantsPage({ params, searchParams }: Props) {
  // Another job's id answers exactly like a missing one.
  const loaded = await loadJob((await params).jobId);
  if (!loaded) notFound();
  const { user, jobId, pipeline } = loaded;
  const query = parseApplicantParams(await searchParams);
  const [page, emailTemplates, sources, rejectionReasons] = await Promise.all([
    listApplicants(user, jobId, query),
    listEmailTemplateChoices(),
    countApplicantsBySource(user, jobId),
    listActiveRejectionReasons(),
  ]);
  if (!page) notFound();
  await recordJobVisit(user, jobId);

  const filtered = withoutCursor(query);
  const paged = Boolean(query.after || query.before);
  return (
    <div className="grid gap-5">
      <JobHeader pipeline={pipeline} view="table" exportHref={exportHref(jobId, filtered)} />
      <SourceCounts counts={sources} />
      <ApplicantFilters jobId={jobId} stages={pipeline.stages} params={query} />
      {page.rows.length === 0 ? (
        <EmptyState
          title={hasApplicantFilters(query) ? 'No applicants match these filters' : paged ? 'No more applicants' : 'No applicants yet'}
          description={hasApplicantFilters(query) ? 'Try another search, stage or rating.' : undefined}
          action={
            hasApplicantFilters(query) || paged ? (
              <Link href={applicantsHref(jobId)} className="font-medium text-accent underline underline-offset-4">
                Show all applicants
              </Link>
            ) : undefined
          }
        />
      ) : (
        <BulkMoveForm action={bulkMoveApplicationsAction} jobId={jobId} stages={pipeline.stages} emailTemplates={emailTemplates} rejectionReasons={rejectionReasons}>
          <ApplicantTable rows={page.rows.map(packApplicant)} jobId={jobId} params={query} />
        </BulkMoveForm>
      )}
      <KeysetPagination
        previousHref={page.prevCursor ? applicantsHref(jobId, { ...filtered, before: page.prevCursor }) : null}
        nextHref={page.nextCursor ? applicantsHref(jobId, { ...filtered, after: page.nextCursor }) : null}
        firstHref={paged ? applicantsHref(jobId, filtered) : null}
      />
    </div>
  );
}
