import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { QuestionBuilder } from '@/components/admin/questions/question-builder';
import { Alert } from '@/components/ui/alert';
import { getQuestionBuilder, type QuestionBuilderData } from '@/db/queries/questions';
import { requireRole } from '@/lib/auth/session';
import { draftFromDefinition } from '@/lib/validations/question';
import { saveQuestionsAction } from './actions';
import { BackLink } from '@/components/admin/back-link';

export const metadata: Metadata = { title: 'Application questions' };

type QuestionsPageProps = {
  params: Promise<{ jobId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** A positive int4, or null: any other id would only be a database error. */
function positiveInt(value: string | string[] | undefined): number | null {
  if (typeof value !== 'string' || !/^[1-9]\d{0,9}$/.test(value)) return null;
  const number = Number(value);
  return number <= 2_147_483_647 ? number : null;
}

function VersionNotice({ questionSet }: Pick<QuestionBuilderData, 'questionSet'>) {
  if (!questionSet) return null;
  const { version, applicationCount } = questionSet;
  if (applicationCount === 0) {
    return (
      <Alert variant="info" title={`Version ${version}: no applications yet`}>
        Saving updates these questions in place.
      </Alert>
    );
  }
  const applications = applicationCount === 1 ? '1 application' : `${applicationCount.toLocaleString('en-US')} applications`;
  return (
    <Alert variant="info" title={`Version ${version}: answered by ${applications}`}>
      Saving creates version {version + 1} for new candidates. Applications already received keep the questions exactly as
      they were asked.
    </Alert>
  );
}

export default async function QuestionsPage({ params, searchParams }: QuestionsPageProps) {
  const user = await requireRole('admin');
  const jobId = positiveInt((await params).jobId);
  if (jobId === null) notFound();
  const [data, query] = await Promise.all([getQuestionBuilder(user, jobId), searchParams]);
  if (!data) notFound();

  const { job, questionSet } = data;
  const path = `/admin/jobs/${job.id}/questions`;
  return (
    // The admin layout provides <main>; a page renders its content only.
    <div className="mx-auto grid w-full max-w-3xl gap-8">
      <div className="grid gap-3">
        <BackLink href={`/admin/jobs/${job.id}`}>Back to {job.title}</BackLink>
        <h1 className="text-2xl font-semibold tracking-tight text-balance text-gray-900 sm:text-3xl">Application questions</h1>
        <p className="text-gray-700">
          What candidates for <strong className="font-semibold text-gray-900">{job.title}</strong> answer when they apply, after
          their name, contact details and resume.
          {job.status === 'published' ? (
            <>
              {' '}
              <Link href={`/jobs/${job.slug}/apply`} className="font-medium text-gray-900 underline underline-offset-4">
                See the apply form
              </Link>
            </>
          ) : null}
        </p>
      </div>
      <VersionNotice questionSet={questionSet} />
      <QuestionBuilder
        // A new version (after a save) starts a fresh form on it.
        key={questionSet?.id ?? 'none'}
        action={saveQuestionsAction.bind(null, job.id)}
        questionSetId={questionSet?.id ?? null}
        initialDrafts={data.questions.map(draftFromDefinition)}
        savedVersion={positiveInt(query.saved)}
        reloadHref={path}
      />
    </div>
  );
}
