import type { Metadata } from 'next';
import { applyPageMetadata, ApplyFormPage } from './apply-form-page';

// Cached like the job page: rendered on the first request and kept until revalidatePublicJobs()
// expires the job's tags, so the same HTML serves every candidate. Nothing per visitor is in it:
// the submission token is minted in the browser, and a post without one (no JavaScript) is
// recognised by its content. Links with tracking parameters or the upload error are rewritten
// (next.config.ts) to `tracked/`, which renders per request.
export const dynamicParams = true;
// A backstop for a closing date passing; the apply transaction checks the date itself.
export const revalidate = 3600;

export function generateStaticParams(): Array<{ slug: string }> {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return applyPageMetadata((await params).slug);
}

export default async function ApplyPage({ params }: Props) {
  return <ApplyFormPage slug={(await params).slug} />;
}
