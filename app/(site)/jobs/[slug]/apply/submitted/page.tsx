import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { Container } from '@/components/container';
import { buttonVariants } from '@/components/ui/button';
import { getApplicationConfirmation } from '@/db/queries/applications';
import { isEeoEnabled } from '@/db/queries/eeo';
import { isApplicationReference } from '@/lib/domain/application-reference';

type SubmittedPageProps = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const metadata: Metadata = { title: 'Application received', robots: { index: false, follow: false } };

const SUBMITTED_AT = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });

// Reached by the redirect after a successful post; a reload only reads, it never applies again.
export default async function SubmittedPage({ searchParams }: SubmittedPageProps) {
  await connection();
  const { ref } = await searchParams;
  // A malformed ref never reaches the database.
  if (!isApplicationReference(ref)) notFound();
  const [confirmation, eeoEnabled] = await Promise.all([getApplicationConfirmation(ref), isEeoEnabled()]);
  if (!confirmation) notFound();

  return (
    <Container className="py-10 sm:py-14">
      <div className="mx-auto grid max-w-2xl gap-8">
        <div className="grid gap-3">
          <h1 className="text-2xl font-semibold tracking-tight text-gray-900 sm:text-3xl">Application received</h1>
          <p className="text-base text-gray-700">
            Thank you for applying for <strong className="font-semibold text-gray-900">{confirmation.jobTitle}</strong>. Your application
            reached us on <time dateTime={confirmation.submittedAt.toISOString()}>{SUBMITTED_AT.format(confirmation.submittedAt)} UTC</time>.
          </p>
        </div>

        <dl className="grid gap-2 rounded-lg border border-gray-200 bg-gray-50 p-5 sm:p-6">
          <dt className="text-sm font-medium text-gray-700">Your reference</dt>
          <dd className="font-mono text-3xl font-semibold tracking-wider break-all text-gray-900 sm:text-4xl">{confirmation.reference}</dd>
          <dd className="text-sm text-gray-600">Quote it if you contact us about this application, so we can find it quickly.</dd>
        </dl>

        <section aria-labelledby="next-steps" className="grid gap-3">
          <h2 id="next-steps" className="text-lg font-semibold text-gray-900">
            What happens next
          </h2>
          <ol className="grid list-decimal gap-2 pl-5 text-base text-gray-700">
            <li>The hiring team reads every application they receive for this role.</li>
            <li>If your experience fits, someone from the team will contact you at the email address or phone number you gave us.</li>
            <li>You don&apos;t need to do anything else now. You can apply for other roles at any time.</li>
          </ol>
          {/* The page has no status token (only the email does), so it points to the link there. */}
          {eeoEnabled ? (
            <p className="text-base text-gray-700">
              If you wish, you can also answer our voluntary self-identification questions (gender, race/ethnicity, veteran and disability
              status) from the status link in your confirmation email. Answering is optional, and the hiring team never sees your answers.
            </p>
          ) : null}
        </section>

        <div className="flex flex-col gap-3 sm:flex-row">
          <Link href="/jobs" className={buttonVariants({ className: 'w-full sm:w-auto' })}>
            See other open jobs
          </Link>
          <Link href={`/jobs/${confirmation.jobSlug}`} className={buttonVariants({ variant: 'outline', className: 'w-full sm:w-auto' })}>
            Back to the job description
          </Link>
        </div>
      </div>
    </Container>
  );
}
