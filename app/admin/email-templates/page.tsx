import type { Metadata } from 'next';
import Link from 'next/link';
import { EmptyState } from '@/components/ui/empty-state';
import { listEmailTemplates } from '@/db/queries/email-templates';
import { requireRole } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Email templates' };

export default async function EmailTemplatesPage() {
  const admin = await requireRole('admin');
  const templates = await listEmailTemplates(admin);
  return (
    <div className="grid max-w-4xl gap-6">
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight text-gray-900">Email templates</h1>
        <p className="text-gray-700">
          The emails hiring teams can send to candidates when they move them to another stage. Each is sent once per move, only when chosen.
        </p>
      </div>
      {templates.length === 0 ? (
        <EmptyState title="No email templates" description="Run npm run db:seed to add the default ones." />
      ) : (
        <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Email templates</caption>
            <thead className="border-b border-gray-200 bg-gray-50 text-gray-700">
              <tr>
                <th scope="col" className="px-4 py-3 font-medium">
                  Template
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  Subject
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-200">
              {templates.map((template) => (
                <tr key={template.slug}>
                  <th scope="row" className="px-4 py-3 font-medium text-gray-900">
                    <Link href={`/admin/email-templates/${template.slug}`} className="underline underline-offset-4">
                      {template.name}
                    </Link>
                  </th>
                  <td className="px-4 py-3 break-words text-gray-700">{template.subject}</td>
                  <td className="px-4 py-3 text-right whitespace-nowrap">
                    <Link href={`/admin/email-templates/${template.slug}/preview`} className="font-medium text-gray-700 underline underline-offset-4 hover:text-gray-900">
                      Preview<span className="sr-only"> {template.name}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
