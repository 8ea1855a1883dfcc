import type { Metadata } from 'next';
import { ReasonArchiveForm, ReasonLabelForm } from '@/components/admin/rejection-reasons/reason-form';
import { listRejectionReasons } from '@/db/queries/rejection-reasons';
import { requireRole } from '@/lib/auth/session';
import { addRejectionReasonAction, archiveRejectionReasonAction, renameRejectionReasonAction } from './actions';

export const metadata: Metadata = { title: 'Rejection reasons' };

export default async function RejectionReasonsPage() {
  const admin = await requireRole('admin');
  const reasons = await listRejectionReasons(admin);
  return (
    <div className="grid max-w-3xl gap-6">
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight text-gray-900">Rejection reasons</h1>
        <p className="text-gray-700">Every rejection names one of these (with optional details), so reports can count why candidates are turned down. Archived reasons are no longer offered; past rejections keep them.</p>
      </div>
      <section className="rounded-lg border border-gray-200 bg-white p-5">
        <ReasonLabelForm action={addRejectionReasonAction} submitLabel="Add reason" fieldLabel="New reason" />
      </section>
      <ul className="grid gap-3" aria-label="Rejection reasons">
        {reasons.map((reason) => (
          <li key={reason.id} className="grid gap-2 rounded-lg border border-gray-200 bg-white p-4 sm:grid-cols-[1fr_auto] sm:items-end">
            <ReasonLabelForm action={renameRejectionReasonAction} id={reason.id} label={reason.label} submitLabel="Rename" fieldLabel={reason.archived ? `Reason (archived)` : 'Reason'} />
            <ReasonArchiveForm action={archiveRejectionReasonAction} id={reason.id} archived={reason.archived} label={reason.label} />
          </li>
        ))}
      </ul>
    </div>
  );
}
