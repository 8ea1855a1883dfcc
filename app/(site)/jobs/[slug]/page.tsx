import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';

import { Container } from '@/components/container';
import { ApplyLink } from '@/components/job/apply-link';
import { ClosedJobNotice } from '@/components/job/closed-job-notice';
import { JobHeader } from '@/components/job/job-header';
import { buttonVariants } from '@/components/ui/button';
import { getCachedOpenJobsInDepartment, getCachedPublicJob, getCachedRenamedJobSlug } from '@/db/queries/jobs';
import { getPublicSettings } from '@/db/queries/settings';
import { env } from '@/lib/env';
import { markdownToPlainText, renderMarkdown, truncate } from '@/lib/markdown/render';
import { buildJobPostingJsonLd, serializeJsonLd } from '@/lib/seo/job-posting-json-ld';
import { isAcceptingApplications } from '@/db/job-visibility';

// Rendered on the first request (never at build, which has no database) and cached until
// revalidatePublicJobs(slug) expires the job's tags.
export const dynamicParams = true;
// A backstop for what changes without a write: a closing date passing, "Posted 3 days ago".
export const revalidate = 3600;

export function generateStaticParams(): Array<{ slug: string }> {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

// Checked before any read, so a junk URL never becomes a cache entry of its own.
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

async function loadJob(slug: string) {
  return SLUG.test(slug) && slug.length <= 200 ? getCachedPublicJob(slug) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const job = await loadJob(slug);
  if (!job) return { title: 'Job not found', robots: { index: false } };
  const company = await getPublicSettings();
  const title = `${job.title} — ${company.companyName} careers`;
  const description = truncate(job.summary.trim() || markdownToPlainText(job.descriptionMarkdown), 160);
  const url = `/jobs/${job.slug}`;
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: { type: 'website', title, description, url, siteName: `${company.companyName} careers` },
    // The page stays for old links, but a closed job should leave search results.
    robots: isAcceptingApplications(job) ? undefined : { index: false, follow: true },
  };
}

export default async function JobPage({ params }: Props) {
  const { slug } = await params;
  const job = await loadJob(slug);
  if (!job) {
    const renamed = SLUG.test(slug) ? await getCachedRenamedJobSlug(slug) : null;
    if (renamed) permanentRedirect(`/jobs/${renamed}`);
    notFound();
  }

  const company = await getPublicSettings();
  const open = isAcceptingApplications(job);
  const html = renderMarkdown(job.descriptionMarkdown);
  const related = !open && job.department ? await getCachedOpenJobsInDepartment(job.department.slug, job.id) : [];
  const jsonLd = open
    ? buildJobPostingJsonLd(job, html, { name: company.companyName, url: company.companyUrl, logoUrl: company.logoUrl }, new URL(`/jobs/${job.slug}`, env.APP_URL).href)
    : null;

  return (
    <Container className="max-w-3xl py-8 sm:py-12">
      {jsonLd ? (
        // serializeJsonLd escapes <, > and &, so the posting's text cannot close this element.
        <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(jsonLd) }} />
      ) : null}
      <article aria-labelledby="job-title" className="grid gap-8">
        <JobHeader job={job} open={open} />
        {open ? null : <ClosedJobNotice departmentName={job.department?.name ?? null} related={related} />}
        {/* renderMarkdown's output is sanitized (allow-listed tags, http/https/mailto links only). */}
        <div className="prose-posting" dangerouslySetInnerHTML={{ __html: html }} />
        {open ? (
          <div className="flex flex-col gap-4 rounded-lg border border-gray-200 bg-gray-50 p-5 sm:flex-row sm:items-center sm:justify-between sm:p-6">
            <p className="font-medium text-gray-900">Interested in this role?</p>
            <ApplyLink slug={job.slug} className={buttonVariants({ className: 'w-full sm:w-fit' })}>
              Apply for this job
            </ApplyLink>
          </div>
        ) : null}
      </article>
    </Container>
  );
}
