import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EmailPreview } from '@/components/mail/email-preview';
import { getEmailTemplate } from '@/db/queries/email-templates';
import { getPublicSettings } from '@/db/queries/settings';
import { requireRole } from '@/lib/auth/session';
import { renderTemplate, SAMPLE_TEMPLATE_VALUES } from '@/lib/domain/template-render';
import { TEMPLATE_SLUG } from '@/lib/validations/email-template';
import { BackLink } from '@/components/admin/back-link';

export const metadata: Metadata = { title: 'Preview email template' };

/** The saved template as a candidate would get it, filled with a sample candidate and job and the real company name. */
export default async function EmailTemplatePreviewPage({ params }: { params: Promise<{ slug: string }> }) {
  const admin = await requireRole('admin');
  const { slug } = await params;
  const [template, company] = await Promise.all([TEMPLATE_SLUG.test(slug) ? getEmailTemplate(admin, slug) : null, getPublicSettings()]);
  if (!template) notFound();
  const values = { ...SAMPLE_TEMPLATE_VALUES, company_name: company.companyName };
  const email = renderTemplate(template, values);

  return (
    <div className="grid max-w-3xl gap-6">
      <div className="grid gap-3">
        <BackLink href={`/admin/email-templates/${template.slug}`}>Edit {template.name}</BackLink>
        <h1 className="text-2xl font-semibold tracking-tight text-gray-900">Preview: {template.name}</h1>
        <p className="text-gray-700">
          Sample values: candidate {values.candidate_name}, job {values.job_title}. Real emails use each candidate&apos;s name and job.
        </p>
      </div>
      <EmailPreview label={`Preview of the ${template.name} email`} to="ada.lovelace@example.com" subject={email.subject} text={email.text} />
    </div>
  );
}
