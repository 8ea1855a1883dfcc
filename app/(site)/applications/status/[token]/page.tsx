import type { Metadata } from 'next';
import Link from 'next/link';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { Container } from '@/components/container';
import { CandidateInterviews } from '@/components/status/candidate-interviews';
import { EeoForm } from '@/components/status/eeo-form';
import { Alert } from '@/components/ui/alert';
import { Button, buttonVariants } from '@/components/ui/button';
import { getApplicationStatus } from '@/db/queries/application-status';
import { getEeoFormForToken } from '@/db/queries/eeo';
import { candidateStatus } from '@/lib/applications/candidate-stage';
import { countWrongStatusToken, statusLookupBlocked } from '@/lib/applications/status-rate-limit';
import { hashStatusToken, isWellFormedStatusToken, statusPath } from '@/lib/applications/status-token';
import { clientIp } from '@/lib/auth/client-ip';
import { candidateInterviews } from '@/lib/interviews/candidate';
import { canonicalTimeZone, timeZoneChoices } from '@/lib/time-zone';

type StatusPageProps = {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Private: never indexed, and the token in the URL never leaves in a Referer (next.config.ts
// sends Referrer-Policy: no-referrer for this route as well).
export const metadata: Metadata = {
  title: 'Your application',
  robots: { index: false, follow: false },
  referrer: 'no-referrer',
};

const DATE = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });

export default async function ApplicationStatusPage({ params, searchParams }: StatusPageProps) {
  const [{ token }, query, requestHeaders] = await Promise.all([params, searchParams, headers()]);
  const ip = clientIp(requestHeaders);
  // A malformed token never reaches the database; an IP that guessed too often gets no answers.
  if (!isWellFormedStatusToken(token) || (await statusLookupBlocked(ip))) notFound();
  const status = await getApplicationStatus(hashStatusToken(token));
  if (!status) {
    await countWrongStatusToken(ip);
    notFound();
  }

  const withdrawn = status.withdrawnAt !== null;
  const [interviews, eeo] = await Promise.all([candidateInterviews(token), getEeoFormForToken(hashStatusToken(token))]);
  // The zone: the one the candidate picked (kept in the URL), else the company's; with JavaScript
  // and nothing picked, the page switches to the browser's own zone (components/status/local-time).
  const pickedZone = typeof query.tz === 'string' ? canonicalTimeZone(query.tz) : null;
  const shown = candidateStatus(status.stageKind, withdrawn);
  const confirm = query.confirm === 'withdraw' || query.confirm === 'delete' ? query.confirm : null;
  const self = statusPath(token);

  return (
    <Container className="py-10 sm:py-14">
      <div className="mx-auto grid max-w-2xl gap-8">
        <div className="grid gap-3">
          <h1 className="text-2xl font-semibold tracking-tight text-gray-900 sm:text-3xl">Your application</h1>
          <p className="text-base text-gray-700">
            For <strong className="font-semibold text-gray-900">{status.jobTitle}</strong> at {status.companyName}, sent on{' '}
            <time dateTime={status.submittedAt.toISOString()}>{DATE.format(status.submittedAt)}</time>.
          </p>
        </div>

        {query.done === 'withdrawn' && withdrawn ? (
          <Alert variant="success" title="Application withdrawn">
            Your application is withdrawn. You can still delete your data below.
          </Alert>
        ) : null}

        <dl className="grid gap-2 rounded-lg border border-gray-200 bg-gray-50 p-5 sm:p-6">
          <dt className="text-sm font-medium text-gray-700">Status</dt>
          <dd className="text-2xl font-semibold text-gray-900">{shown.label}</dd>
          <dd className="text-base text-gray-700">{shown.description}</dd>
          <dt className="mt-3 text-sm font-medium text-gray-700">Reference</dt>
          <dd className="font-mono text-lg font-semibold tracking-wider text-gray-900">{status.reference}</dd>
        </dl>

        {interviews && interviews.interviews.length > 0 ? (
          <CandidateInterviews
            selfPath={self}
            zone={pickedZone ?? interviews.companyTimeZone}
            zonePicked={pickedZone !== null}
            zones={timeZoneChoices()}
            interviews={interviews.interviews}
            slots={interviews.openSlots}
            outcome={typeof query.interview === 'string' ? query.interview : undefined}
          />
        ) : null}

        {eeo?.enabled ? (
          <EeoForm action={`${self}/self-identification`} answers={eeo.answers} outcome={typeof query.eeo === 'string' ? query.eeo : undefined} />
        ) : null}

        {confirm === 'withdraw' && !withdrawn ? (
          <section aria-labelledby="confirm-withdraw" className="grid gap-3 rounded-lg border border-amber-300 bg-amber-50 p-5">
            <h2 id="confirm-withdraw" className="text-lg font-semibold text-gray-900">
              Withdraw your application?
            </h2>
            <p className="text-base text-gray-800">The hiring team will see that you withdrew. This cannot be undone.</p>
            <form method="post" action={`${self}/withdraw`} className="flex flex-col gap-3 sm:flex-row">
              <Button type="submit" variant="destructive">
                Yes, withdraw my application
              </Button>
              <Link href={self} className={buttonVariants({ variant: 'outline' })}>
                Keep my application
              </Link>
            </form>
          </section>
        ) : null}

        {confirm === 'delete' ? (
          <section aria-labelledby="confirm-delete" className="grid gap-3 rounded-lg border border-red-300 bg-red-50 p-5">
            <h2 id="confirm-delete" className="text-lg font-semibold text-gray-900">
              Delete your data?
            </h2>
            <p className="text-base text-gray-800">
              This deletes this application, your answers and the files you sent, for good. If it is your only application with us, your
              contact details go too. This link will stop working.
            </p>
            <form method="post" action={`${self}/delete`} className="flex flex-col gap-3 sm:flex-row">
              <Button type="submit" variant="destructive">
                Yes, delete my data
              </Button>
              <Link href={self} className={buttonVariants({ variant: 'outline' })}>
                Cancel
              </Link>
            </form>
          </section>
        ) : null}

        {confirm === null ? (
          <section aria-labelledby="your-choices" className="grid gap-3">
            <h2 id="your-choices" className="text-lg font-semibold text-gray-900">
              Your choices
            </h2>
            <div className="flex flex-col gap-3 sm:flex-row">
              {withdrawn ? null : (
                <Link href={`${self}?confirm=withdraw`} className={buttonVariants({ variant: 'outline' })}>
                  Withdraw my application
                </Link>
              )}
              <Link href={`${self}?confirm=delete`} className={buttonVariants({ variant: 'outline' })}>
                Delete my data
              </Link>
            </div>
            <div className="grid gap-2">
              <p className="text-base text-gray-700">
                Download a copy of everything we hold about you: your details, your applications and their answers, the files you sent,
                your interviews and the emails we sent you (a ZIP file).
              </p>
              {/* A plain link: the ZIP comes as an attachment, so no JavaScript is needed; no `download`
                  attribute, so a refusal (too many downloads) shows as a page, not as a saved file. */}
              <a href={`${self}/export`} className={`${buttonVariants({ variant: 'outline' })} w-fit`}>
                Download my data
              </a>
            </div>
          </section>
        ) : null}
      </div>
    </Container>
  );
}
