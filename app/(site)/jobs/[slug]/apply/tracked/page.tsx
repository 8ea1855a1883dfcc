import type { Metadata } from 'next';
import { trackingFrom } from '@/lib/tracking';
import { UPLOAD_TOO_LARGE } from '@/lib/validations/resume-file';
import { applyPageMetadata, ApplyFormPage } from '../apply-form-page';

// `/jobs/<slug>/apply?source=…|utm_*=…|error=…` (rewritten here by next.config.ts): the same
// form, rendered per request so that a visitor without JavaScript keeps the link's tracking
// parameters as hidden fields, and sees why an oversized upload was sent back.
type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return applyPageMetadata((await params).slug);
}

export default async function TrackedApplyPage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  return <ApplyFormPage slug={slug} tracking={trackingFrom(query)} uploadTooLarge={query.error === UPLOAD_TOO_LARGE} />;
}
