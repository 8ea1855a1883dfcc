'use client';

import { useActionState, useEffect, useRef } from 'react';
import { ActionMessage } from '@/components/admin/users/action-message';
import { Button } from '@/components/ui/button';
import { fieldAria, FormField } from '@/components/ui/form-field';
import { NativeSelect } from '@/components/ui/native-select';
import type { ActionState } from '@/lib/action-state';
import { ROLE_LABELS } from '@/lib/validations/user';
import type { TeamMember } from '@/db/queries/teams';
import { addTeamMemberAction, removeTeamMemberAction } from './actions';

const label = (user: TeamMember) => (user.name ? `${user.name} (${user.email})` : user.email);

/** Add and remove members. After a removal its button is gone, so focus moves to the message. */
export function TeamEditor({ jobId, members, candidates }: { jobId: number; members: TeamMember[]; candidates: TeamMember[] }) {
  const [added, addAction, adding] = useActionState<ActionState, FormData>(addTeamMemberAction, { status: 'idle' });
  const [removed, removeAction, removing] = useActionState<ActionState, FormData>(removeTeamMemberAction, { status: 'idle' });
  const removedMessage = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (removed.status !== 'idle') removedMessage.current?.focus();
  }, [removed]);
  const addError = added.status === 'error' ? added.fieldErrors?.userId : undefined;

  return (
    <div className="grid gap-6">
      <section aria-labelledby="members-heading" className="grid gap-3 rounded-lg border border-gray-200 bg-white p-5 sm:p-6">
        <h2 id="members-heading" className="text-base font-semibold text-gray-900">
          Members
        </h2>
        <div ref={removedMessage} tabIndex={-1} className="focus:outline-none">
          <ActionMessage state={removed} />
        </div>
        {members.length === 0 ? (
          <p className="text-sm text-gray-700">No one is on this team yet. Only admins can see its applicants.</p>
        ) : (
          <ul className="divide-y divide-gray-200">
            {members.map((member) => (
              <li key={member.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                <div className="min-w-0">
                  <p className="font-medium break-all text-gray-900">{member.name ?? member.email}</p>
                  <p className="text-sm break-all text-gray-600">
                    {member.email} · {ROLE_LABELS[member.role]}
                    {member.active ? '' : ' · Deactivated'}
                  </p>
                </div>
                <form action={removeAction}>
                  <input type="hidden" name="jobId" value={jobId} />
                  <input type="hidden" name="userId" value={member.id} />
                  <Button type="submit" variant="outline" size="sm" aria-disabled={removing || undefined}>
                    Remove<span className="sr-only"> {member.name ?? member.email} from the team</span>
                  </Button>
                </form>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="add-heading" className="grid gap-3 rounded-lg border border-gray-200 bg-white p-5 sm:p-6">
        <h2 id="add-heading" className="text-base font-semibold text-gray-900">
          Add a member
        </h2>
        {candidates.length === 0 ? (
          <p className="text-sm text-gray-700">Every active user is on this team already.</p>
        ) : (
          <form action={addAction} className="grid gap-3">
            <input type="hidden" name="jobId" value={jobId} />
            <FormField id="userId" label="Person" required error={addError}>
              <div className="flex flex-col gap-2 sm:flex-row">
                <NativeSelect id="userId" name="userId" required defaultValue="" wrapperClassName="sm:max-w-md" {...fieldAria('userId', { error: addError })}>
                  <option value="" disabled>
                    Choose a person
                  </option>
                  {candidates.map((user) => (
                    <option key={user.id} value={user.id}>
                      {label(user)} · {ROLE_LABELS[user.role]}
                    </option>
                  ))}
                </NativeSelect>
                <Button type="submit" aria-disabled={adding || undefined}>
                  Add to team
                </Button>
              </div>
            </FormField>
            {addError ? null : <ActionMessage state={added} />}
          </form>
        )}
      </section>
    </div>
  );
}
