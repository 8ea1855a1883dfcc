import type { Metadata } from 'next';
import Link from 'next/link';
import { CreatePoolForm } from '@/components/dashboard/candidates/create-pool-form';
import { EmptyState } from '@/components/ui/empty-state';
import { listTalentPools } from '@/db/queries/talent-pools';
import { requireUser } from '@/lib/auth/session';
import { createTalentPoolAction } from './actions';

export const metadata: Metadata = { title: 'Talent pools — Dashboard', robots: { index: false } };

/** The company's talent pools, each counted as far as the user may see its members. */
export default async function TalentPoolsPage() {
  const user = await requireUser();
  const pools = await listTalentPools({ id: user.id, role: user.role });
  return (
    <div className="grid max-w-3xl gap-6">
      <div className="grid gap-1">
        <Link href="/dashboard/candidates" className="w-fit text-sm font-medium text-accent underline underline-offset-4">
          Candidates
        </Link>
        <h1 className="text-2xl font-semibold tracking-tight text-gray-900">Talent pools</h1>
        <p className="text-gray-700">Lists of people worth coming back to. Add someone from their applicant page.</p>
      </div>
      <CreatePoolForm action={createTalentPoolAction} />
      {pools.length === 0 ? (
        <EmptyState title="No pools yet" description="Create one above." headingLevel="h2" />
      ) : (
        <ul className="grid gap-2" aria-label="Talent pools">
          {pools.map((pool) => (
            <li key={pool.id} className="flex items-center justify-between gap-3 rounded-lg border border-gray-200 bg-white p-3 text-sm">
              <Link href={`/dashboard/candidates?pool=${pool.id}`} className="font-medium text-gray-900 underline underline-offset-4">
                {pool.name}
              </Link>
              <span className="text-gray-700">
                {pool.visibleMembers} {pool.visibleMembers === 1 ? 'person' : 'people'}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
