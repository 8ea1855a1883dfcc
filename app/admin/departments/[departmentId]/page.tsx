import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DeleteForm } from '@/components/admin/taxonomy/delete-form';
import { DepartmentForm } from '@/components/admin/taxonomy/department-form';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { getDepartment } from '@/db/queries/taxonomy';
import { requireRole } from '@/lib/auth/session';
import { positiveIntParam } from '@/lib/jobs/route-params';
import { deleteDepartmentAction, updateDepartmentAction } from '../actions';
import { BackLink } from '@/components/admin/back-link';

export const metadata: Metadata = { title: 'Edit department' };

export default async function EditDepartmentPage({ params }: { params: Promise<{ departmentId: string }> }) {
  await requireRole('admin');
  const id = positiveIntParam((await params).departmentId);
  const department = id === null ? null : await getDepartment(id);
  if (!department) notFound();

  return (
    <div className="grid max-w-2xl gap-6">
      <div className="grid gap-3">
        <BackLink href="/admin/departments">All departments</BackLink>
        <h1 className="text-2xl font-semibold tracking-tight text-balance text-gray-900">{department.name}</h1>
      </div>
      <Card>
        <CardHeader>
          <CardTitle>Rename</CardTitle>
          <CardDescription>Its jobs, their pages and the board’s filter show the new name at once.</CardDescription>
        </CardHeader>
        <CardContent>
          <DepartmentForm action={updateDepartmentAction.bind(null, department.id)} initialName={department.name} submitLabel="Save changes" />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Delete</CardTitle>
          <CardDescription>Only a department no job uses (not even a closed or archived one) can be deleted.</CardDescription>
        </CardHeader>
        <CardContent>
          <DeleteForm action={deleteDepartmentAction.bind(null, department.id)} label="Delete department" />
        </CardContent>
      </Card>
    </div>
  );
}
