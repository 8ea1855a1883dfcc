import type { Metadata } from 'next';
import Link from 'next/link';
import { CreateApiKeyForm } from '@/components/admin/api-keys/create-api-key-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { listApiKeys } from '@/db/queries/api-keys';
import { requireRole } from '@/lib/auth/session';
import { queryValue } from '@/lib/jobs/route-params';
import { API_KEY_MESSAGES } from '@/lib/validations/api-key';
import { createApiKeyAction, revokeApiKeyAction } from './actions';

export const metadata: Metadata = { title: 'API keys' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const NOTICES: Record<string, { variant: 'success' | 'error'; text: string }> = {
  revoked: { variant: 'success', text: API_KEY_MESSAGES.revoked },
  missing: { variant: 'error', text: API_KEY_MESSAGES.notFound },
  'already-revoked': { variant: 'error', text: API_KEY_MESSAGES.alreadyRevoked },
  forbidden: { variant: 'error', text: 'Only admins can revoke keys.' },
  failed: { variant: 'error', text: 'Something went wrong and the key was not revoked. Please try again.' },
};

const when = (date: Date | null) => (date ? date.toISOString().slice(0, 16).replace('T', ' ') + ' UTC' : '—');

export default async function ApiKeysPage({ searchParams }: Props) {
  const user = await requireRole('admin');
  const [keys, query] = await Promise.all([listApiKeys({ id: user.id, role: user.role }), searchParams]);
  const notice = NOTICES[queryValue(query.notice) ?? ''];

  return (
    <div className="grid gap-6">
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight text-gray-900">API keys</h1>
        <p className="text-gray-700">
          Keys let a server apply through the <Link href="/developers" className="underline underline-offset-4">public API</Link> with higher rate limits
          (send <code>Authorization: Bearer ptc_…</code>). Reading jobs needs no key.
        </p>
      </div>
      {notice ? <Alert variant={notice.variant}>{notice.text}</Alert> : null}
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        {keys.length > 0 ? (
          <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">API keys</caption>
              <thead className="bg-gray-50 text-gray-700">
                <tr>
                  <th scope="col" className="px-4 py-3 font-medium">Name</th>
                  <th scope="col" className="px-4 py-3 font-medium">Key starts</th>
                  <th scope="col" className="px-4 py-3 font-medium">Created</th>
                  <th scope="col" className="px-4 py-3 font-medium">Last used</th>
                  <th scope="col" className="px-4 py-3 font-medium">Status</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-gray-200">
                {keys.map((key) => (
                  <tr key={key.id}>
                    <th scope="row" className="px-4 py-3 font-medium text-gray-900">{key.name}</th>
                    <td className="px-4 py-3 font-mono text-xs text-gray-700">{key.prefix}…</td>
                    <td className="px-4 py-3 text-gray-700">{when(key.createdAt)}</td>
                    <td className="px-4 py-3 text-gray-700">{when(key.lastUsedAt)}</td>
                    <td className="px-4 py-3">
                      {key.revokedAt ? (
                        <span className="text-gray-700">Revoked {when(key.revokedAt)}</span>
                      ) : (
                        <form action={revokeApiKeyAction.bind(null, key.id)}>
                          <Button type="submit" variant="outline" size="sm" aria-label={`Revoke ${key.name}`}>
                            Revoke
                          </Button>
                        </form>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <EmptyState title="No API keys yet" description="Create one for each server that applies through the API." />
        )}
        <Card>
          <CardHeader>
            <CardTitle>Create a key</CardTitle>
          </CardHeader>
          <CardContent>
            <CreateApiKeyForm action={createApiKeyAction} />
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
