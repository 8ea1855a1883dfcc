import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { EmailTemplateForm } from '@/components/admin/email-templates/email-template-form';
import { Alert } from '@/components/ui/alert';
import { getEmailTemplate } from '@/db/queries/email-templates';
import { requireRole } from '@/lib/auth/session';
import { queryValue } from '@/lib/jobs/route-params';
import { TEMPLATE_SLUG } from '@/lib/validations/email-template';
import { BackLink } from '@/components/admin/back-link';
import { updateEmailTemplateAction } from '../actions';

export const metadata: Metadata = { title: 'Edit email template' };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };
const NOTICES: Record<string, string> = { saved: 'Template saved. Emails sent from now on use it.', unchanged: 'Nothing had changed, so nothing was saved.' };

export default async function EmailTemplatePage({ params, searchParams }: Props) {
  const admin = await requireRole('admin');
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const template = TEMPLATE_SLUG.test(slug) ? await getEmailTemplate(admin, slug) : null;
  if (!template) notFound();
  const notice = NOTICES[queryValue(query.notice) ?? ''];

  return (
    <div className="grid gap-6">
      <div className="grid gap-3">
        <BackLink href="/admin/email-templates">All email templates</BackLink>
        <h1 className="text-2xl font-semibold tracking-tight text-gray-900">{template.name}</h1>
        <Link href={`/admin/email-templates/${template.slug}/preview`} className="w-fit text-sm font-medium text-gray-700 underline underline-offset-4 hover:text-gray-900">
          Preview the saved template
        </Link>
      </div>
      {notice ? <Alert variant="success">{notice}</Alert> : null}
      {/* Keyed by the version, so a save starts the form from what was stored. */}
      <EmailTemplateForm key={template.version} action={updateEmailTemplateAction} template={template} />
    </div>
  );
}
