import type { Metadata } from 'next';
import { randomUUID } from 'node:crypto';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CandidateEmailForm } from '@/components/dashboard/candidate-email/candidate-email-form';
import { getCandidateEmailContext, getComposeTemplate } from '@/db/queries/candidate-email';
import { listEmailTemplateChoices } from '@/db/queries/email-templates';
import { requireUser } from '@/lib/auth/session';
import { parseId } from '../params';
import { candidateEmailAction } from './actions';

export const metadata: Metadata = { title: 'Email the candidate', robots: { index: false } };

type Props = { params: Promise<{ applicationId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Free text, or start from a template (?template=slug, a GET form: no JavaScript needed). */
export default async function CandidateEmailPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const id = parseId((await params).applicationId);
  if (id === null) notFound();
  const context = await getCandidateEmailContext(user, id);
  if (!context) notFound();
  const query = await searchParams;
  const [templates, template] = await Promise.all([
    listEmailTemplateChoices(),
    typeof query.template === 'string' && /^[a-z0-9-]{1,80}$/.test(query.template) ? getComposeTemplate(query.template) : Promise.resolve(null),
  ]);
  const name = `${context.firstName} ${context.lastName}`;
  return (
    <div className="grid max-w-3xl gap-6">
      <div className="grid gap-2">
        <Link href={`/dashboard/applications/${context.applicationId}`} className="w-fit text-sm font-medium text-accent underline underline-offset-4">
          Back to {name}
        </Link>
        <h1 className="text-2xl font-semibold tracking-tight text-gray-900">Email {name}</h1>
        <p className="text-gray-700">Sent through the outbox to {context.email}. Replies go to {context.replyTo ?? 'the sender address'}.</p>
      </div>
      {templates.length > 0 ? (
        <form method="get" className="flex flex-wrap items-end gap-2">
          <div className="grid gap-1">
            <label htmlFor="start-template" className="text-sm font-medium text-gray-900">
              Start from a template
            </label>
            <select id="start-template" name="template" defaultValue={template?.slug ?? ''} className="min-h-11 rounded-md border border-gray-300 bg-white px-3 text-sm">
              <option value="">Blank</option>
              {templates.map((choice) => (
                <option key={choice.slug} value={choice.slug}>
                  {choice.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="min-h-11 rounded-md border border-gray-300 bg-white px-3 text-sm font-medium">
            Use template
          </button>
        </form>
      ) : null}
      <CandidateEmailForm key={template?.slug ?? 'blank'} action={candidateEmailAction} applicationId={context.applicationId} formToken={randomUUID()} initial={{ subject: template?.subject ?? '', body: template?.body ?? '' }} />
    </div>
  );
}
