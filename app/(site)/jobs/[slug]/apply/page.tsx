import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { cache } from 'react';
import { ApplicationForm } from '@/components/apply/application-form';
import { Container } from '@/components/container';
import { Alert } from '@/components/ui/alert';
import { buttonVariants } from '@/components/ui/button';
import { getApplicationForm, isAcceptingApplications, isPubliclyListed } from '@/db/queries/application-form';
import { getPublicSettings } from '@/db/queries/settings';
import { trackingFrom } from '@/lib/tracking';
import { MAX_RESUME_LABEL, UPLOAD_TOO_LARGE } from '@/lib/validations/resume-file';
import { submitApplicationAction } from './actions';

type ApplyPageProps = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// generateMetadata and the page read the same job once per request.
const loadForm = cache(getApplicationForm);

export async function generateMetadata({ params }: ApplyPageProps): Promise<Metadata> {
  await connection();
  const form = await loadForm((await params).slug);
  if (!form || form.status === 'draft') return { title: 'Job not found' };
  return { title: `Apply for ${form.title}`, robots: { index: false } };
}

export default async function ApplyPage({ params, searchParams }: ApplyPageProps) {
  // Per request: every render mints its own submission token.
  await connection();
  const { slug } = await params;
  const form = await loadForm(slug);
  if (!form || !isPubliclyListed(form)) notFound();

  const jobHref = `/jobs/${form.slug}`;
  if (!isAcceptingApplications(form)) {
    return (
      <Container className="py-10 sm:py-14">
        <div className="mx-auto grid max-w-2xl gap-6">
          <h1 className="text-2xl font-semibold tracking-tight text-balance text-gray-900 sm:text-3xl">{form.title}</h1>
          <Alert variant="info" title="This job is no longer accepting applications">
            Thank you for your interest. Have a look at the roles we are hiring for now.
          </Alert>
          <Link href="/jobs" className={buttonVariants({ className: 'w-full sm:w-fit' })}>
            See open jobs
          </Link>
        </div>
      </Container>
    );
  }

  const [settings, query] = await Promise.all([getPublicSettings(), searchParams]);
  // Set when a post without JavaScript was over the server's body limit and sent back here.
  const uploadTooLarge = query.error === UPLOAD_TOO_LARGE;
  return (
    <Container className="py-8 sm:py-12">
      <div className="mx-auto grid max-w-2xl gap-8">
        <div className="grid gap-3">
          <Link href={jobHref} className="w-fit text-sm font-medium text-gray-700 underline underline-offset-4 hover:text-gray-900">
            <span aria-hidden="true">← </span>Back to the job description
          </Link>
          <h1 className="text-2xl font-semibold tracking-tight text-balance text-gray-900 sm:text-3xl">Apply for {form.title}</h1>
          <p className="text-sm text-gray-600">
            Fields marked <span className="text-red-700">*</span> are required; all others are optional.
          </p>
        </div>
        {uploadTooLarge ? (
          <Alert variant="error" title="Your upload was too large">
            Nothing was sent. A resume can be at most {MAX_RESUME_LABEL}: choose a smaller PDF, DOC or DOCX file and fill in the form again.
          </Alert>
        ) : null}
        <ApplicationForm
          action={submitApplicationAction.bind(null, form.slug)}
          questions={form.questions}
          privacyText={settings.privacyText}
          submissionToken={crypto.randomUUID()}
          tracking={trackingFrom(query)}
        />
      </div>
    </Container>
  );
}
