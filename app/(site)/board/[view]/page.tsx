import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { JobBoard } from '@/components/job-board';
import { getCachedBoard, getCachedFilterOptions } from '@/db/queries/jobs';
import { getPublicSettings } from '@/db/queries/settings';
import { feedAlternates } from '@/lib/feeds/context';
import { truncate } from '@/lib/markdown/render';

// The unfiltered board. next.config.ts rewrites a bare `/jobs` here, so this route can be cached
// as a whole (no searchParams): rendered on the first request, not at build time (which has no
// database), and kept until revalidatePublicJobs() expires its tags.
export const dynamicParams = true;
// A backstop for what changes without a write: closing dates passing, "Posted 3 days ago".
export const revalidate = 3600;

const VIEWS = ['all'];

export function generateStaticParams(): Array<{ view: string }> {
  return [];
}

type Props = { params: Promise<{ view: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { view } = await params;
  if (!VIEWS.includes(view)) return {};
  const company = await getPublicSettings();
  const title = `Open jobs — ${company.companyName} careers`;
  const description = truncate(company.careersIntro || `Open jobs at ${company.companyName}.`, 160);
  return {
    title,
    description,
    alternates: { canonical: '/jobs', types: feedAlternates(company.companyName) },
    openGraph: { type: 'website', title, description, url: '/jobs', siteName: `${company.companyName} careers` },
  };
}

export default async function BoardPage({ params }: Props) {
  const { view } = await params;
  if (!VIEWS.includes(view)) notFound();
  const [company, board, options] = await Promise.all([getPublicSettings(), getCachedBoard(), getCachedFilterOptions()]);
  return <JobBoard companyName={company.companyName} careersIntro={company.careersIntro} params={{ page: 1 }} options={options} board={board} />;
}
