import type { Metadata } from 'next';
import { DepartmentForm } from '@/components/admin/taxonomy/department-form';
import { TaxonomyTable } from '@/components/admin/taxonomy/taxonomy-table';
import { Alert } from '@/components/ui/alert';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { listDepartments } from '@/db/queries/taxonomy';
import { requireRole } from '@/lib/auth/session';
import { queryValue } from '@/lib/jobs/route-params';
import { createDepartmentAction } from './actions';

export const metadata: Metadata = { title: 'Departments' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const NOTICES: Record<string, string> = { saved: 'Department saved.', deleted: 'Department deleted.' };

export default async function DepartmentsPage({ searchParams }: Props) {
  await requireRole('admin');
  const [departments, query] = await Promise.all([listDepartments(), searchParams]);
  const created = queryValue(query.created);
  const notice = created ? 'Department added.' : NOTICES[queryValue(query.notice) ?? ''];

  return (
    <div className="grid gap-6">
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight text-gray-900">Departments</h1>
        <p className="text-gray-700">Jobs belong to a department; candidates can filter the board by it.</p>
      </div>
      {notice ? <Alert variant="success">{notice}</Alert> : null}
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        {departments.length > 0 ? (
          <TaxonomyTable
            caption="Departments"
            nameHeading="Department"
            rows={departments.map((d) => ({ id: d.id, label: d.name, href: `/admin/departments/${d.id}`, jobCount: d.jobCount }))}
          />
        ) : (
          <EmptyState title="No departments yet" description="Add the first one with the form." />
        )}
        <Card>
          <CardHeader>
            <CardTitle>Add a department</CardTitle>
          </CardHeader>
          <CardContent>
            {/* Keyed by the last one added, so the form starts empty again. */}
            <DepartmentForm key={created ?? 'new'} action={createDepartmentAction} submitLabel="Add department" />
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
