'use client';

import Link from 'next/link';
import { useEffect } from 'react';
import { ErrorSummary } from '@/components/forms/error-summary';
import { Button } from '@/components/ui/button';
import { fieldAria, FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { NativeSelect } from '@/components/ui/native-select';
import { USER_ROLES } from '@/lib/domain/job-enums';
import { inviteUserSchema, ROLE_LABELS, type InviteUserField, type InviteUserState, type ResendInvitationState } from '@/lib/validations/user';
import { InvitationLink } from './invitation-link';
import { ResendInvitationForm } from './resend-invitation-form';
import { useActionForm, type FieldInfo } from '@/components/forms/use-server-form';
import type { FormAction } from '@/lib/action-state';

const FIELDS: readonly FieldInfo<InviteUserField>[] = [
  { name: 'name', label: 'Name' },
  { name: 'email', label: 'Email' },
  { name: 'role', label: 'Role' },
];

const ROLE_HELP = 'Hiring managers see the applicants of the jobs whose hiring team they are on. Admins can do everything.';

export function InviteUserForm({ action, resendAction }: { action: FormAction<InviteUserState>; resendAction: FormAction<ResendInvitationState> }) {
  const { state, form, formAction, onSubmit, errorsFor, pending, summary, summaryRef } = useActionForm<InviteUserField, InviteUserState>({
    action,
    initialState: { status: 'idle' },
    schema: inviteUserSchema,
    fields: FIELDS,
    defaultValues: { name: '', email: '', role: 'hiring_manager' },
  });
  const values = state.status === 'error' ? state.values : undefined;

  // Ready for the next person once one is invited (the link stays on screen above).
  useEffect(() => {
    if (state.status === 'success') form.reset({ name: '', email: '', role: 'hiring_manager' });
  }, [state, form]);

  return (
    <div className="grid gap-6">
      {state.status === 'success' && state.invitation ? (
        <div className="grid gap-2">
          <InvitationLink invitation={state.invitation} title={state.message ?? 'Invited.'} />
          <Link href={`/admin/users/${state.invitation.userId}`} className="w-fit text-sm font-medium text-gray-900 underline underline-offset-4">
            Open their user page
          </Link>
        </div>
      ) : null}
      {summary ? <ErrorSummary ref={summaryRef} title={summary.title} items={summary.items} /> : null}
      {state.status === 'error' && state.pendingUserId ? (
        <div className="grid gap-2 rounded-lg border border-gray-200 bg-white p-4">
          <p className="text-sm text-gray-700">A new link replaces the one they have, which then stops working.</p>
          <ResendInvitationForm action={resendAction} userId={state.pendingUserId} variant="default" />
        </div>
      ) : null}
      <form action={formAction} onSubmit={onSubmit} noValidate className="grid gap-5 rounded-lg border border-gray-200 bg-white p-5 sm:p-6">
        <FormField id="name" label="Name" required error={errorsFor('name')}>
          <Input id="name" autoComplete="off" defaultValue={values?.name} {...form.register('name')} {...fieldAria('name', { error: errorsFor('name') })} />
        </FormField>
        <FormField id="email" label="Email" required error={errorsFor('email')}>
          <Input
            id="email"
            type="email"
            autoComplete="off"
            spellCheck={false}
            defaultValue={values?.email}
            {...form.register('email')}
            {...fieldAria('email', { error: errorsFor('email') })}
          />
        </FormField>
        <FormField id="role" label="Role" required description={ROLE_HELP} error={errorsFor('role')}>
          <NativeSelect
            id="role"
            defaultValue={values?.role ?? 'hiring_manager'}
            {...form.register('role')}
            {...fieldAria('role', { error: errorsFor('role'), description: ROLE_HELP })}
          >
            {USER_ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </NativeSelect>
        </FormField>
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" aria-disabled={pending || undefined}>
            Invite user
          </Button>
          <Link href="/admin/users" className="text-sm font-medium text-gray-700 underline underline-offset-4 hover:text-gray-900">
            Back to users
          </Link>
        </div>
      </form>
    </div>
  );
}
