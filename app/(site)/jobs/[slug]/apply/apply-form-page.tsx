import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ApplicationForm } from '@/components/apply/application-form';
import { Container } from '@/components/container';
import { Alert } from '@/components/ui/alert';
import { buttonVariants } from '@/components/ui/button';
import { getCachedApplicationForm } from '@/db/queries/application-form';
import { getPublicSettings } from '@/db/queries/settings';
import { MAX_RESUME_LABEL } from '@/lib/validations/resume-file';
import { submitApplicationAction } from './actions';
import { isAcceptingApplications, isPubliclyListed } from '@/db/job-visibility';

// The apply page, shared by its two routes: `page.tsx` (cached, the same HTML for everyone) and
// `tracked/page.tsx` (per request, for links carrying ?source=/?utm_*= or the upload error).

// Checked before any read, so a junk URL never becomes a cache entry of its own.
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function loadApplyForm(slug: string) {
  return SLUG.test(slug) && slug.length <= 200 ? getCachedApplicationForm(slug) : Promise.resolve(null);
}

export async function applyPageMetadata(slug: string): Promise<Metadata> {
  const form = await loadApplyForm(slug);
  if (!form || !isPubliclyListed(form)) return { title: 'Job not found', robots: { index: false } };
  return { title: `Apply for ${form.title}`, robots: { index: false } };
}

export async function ApplyFormPage({ slug, tracking = {}, uploadTooLarge = false }: { slug: string; tracking?: Record<string, string>; uploadTooLarge?: boolean }) {
  const form = await loadApplyForm(slug);
  if (!form || !isPubliclyListed(form)) notFound();

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

  const settings = await getPublicSettings();
  return (
    <Container className="py-8 sm:py-12">
      <div className="mx-auto grid max-w-2xl gap-8">
        <div className="grid gap-3">
          <Link href={`/jobs/${form.slug}`} className="w-fit text-sm font-medium text-gray-700 underline underline-offset-4 hover:text-gray-900">
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
        <ApplicationForm action={submitApplicationAction.bind(null, form.slug)} questions={form.questions} privacyText={settings.privacyText} tracking={tracking} />
      </div>
    </Container>
  );
}
