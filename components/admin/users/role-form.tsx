'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { Label } from '@/components/ui/label';
import { NativeSelect } from '@/components/ui/native-select';
import type { ActionState, FormAction } from '@/lib/action-state';
import { USER_ROLES, type UserRole } from '@/lib/domain/job-enums';
import { ROLE_LABELS } from '@/lib/validations/user';
import { ActionMessage } from './action-message';

export function RoleForm({ action, userId, role }: { action: FormAction<ActionState>; userId: string; role: UserRole }) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, { status: 'idle' });
  return (
    <form action={formAction} className="grid gap-3">
      <input type="hidden" name="userId" value={userId} />
      <div className="grid gap-2">
        <Label htmlFor="role">Role</Label>
        <div className="flex flex-col gap-2 sm:flex-row">
          {/* Keyed by the saved role, so a refused change shows the role the user still has. */}
          <NativeSelect key={`${role}-${state.status}`} id="role" name="role" defaultValue={role} wrapperClassName="sm:max-w-60">
            {USER_ROLES.map((value) => (
              <option key={value} value={value}>
                {ROLE_LABELS[value]}
              </option>
            ))}
          </NativeSelect>
          <Button type="submit" variant="outline" aria-disabled={pending || undefined}>
            Save role
          </Button>
        </div>
      </div>
      <ActionMessage state={state} />
    </form>
  );
}
