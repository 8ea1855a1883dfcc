'use client';

import { useActionState } from 'react';
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { fieldAria } from '@/components/ui/form-field';
import { Label } from '@/components/ui/label';
import { NativeSelect } from '@/components/ui/native-select';
import { idleState, type FormAction } from '@/lib/action-state';
import type { PoolMembershipActionState } from '@/lib/validations/talent-pool';
import { FormMessages } from './form-messages';

const FIELD_ID = 'talent-pool';

interface PoolActions {
  add: FormAction<PoolMembershipActionState>;
  remove: FormAction<PoolMembershipActionState>;
}
type Pool = { id: number; name: string };

/** The talent pools the person is in, each removable, and a choice of the others to add them to. Plain forms. */
export function PoolsSection({ actions, applicationId, memberOf, pools }: { actions: PoolActions; applicationId: number; memberOf: Pool[]; pools: Pool[] }) {
  const [addState, addAction, adding] = useActionState<PoolMembershipActionState, FormData>(actions.add, idleState);
  const [removeState, removeAction, removing] = useActionState<PoolMembershipActionState, FormData>(actions.remove, idleState);
  const error = addState.status === 'error' ? addState.fieldErrors?.poolId : undefined;
  const others = pools.filter((pool) => !memberOf.some((member) => member.id === pool.id));
  return (
    <Card aria-labelledby="pools-heading">
      <CardHeader>
        <CardTitle id="pools-heading">Talent pools</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-4">
        {memberOf.length === 0 ? (
          <p className="text-sm text-gray-600">In no pool yet.</p>
        ) : (
          <ul className="grid gap-1" aria-label="Pools of this candidate">
            {memberOf.map((pool) => (
              <li key={pool.id} className="flex items-center justify-between gap-2 text-sm text-gray-900">
                <Link href={`/dashboard/candidates?pool=${pool.id}`} className="underline underline-offset-4">
                  {pool.name}
                </Link>
                <form action={removeAction}>
                  <input type="hidden" name="applicationId" value={applicationId} />
                  <input type="hidden" name="poolId" value={pool.id} />
                  <Button type="submit" variant="ghost" size="sm" aria-label={`Remove from ${pool.name}`} disabled={removing}>
                    Remove
                  </Button>
                </form>
              </li>
            ))}
          </ul>
        )}
        <FormMessages id="talent-pool-remove" state={removeState} />
        {others.length > 0 ? (
          <form action={addAction} className="grid gap-2" noValidate>
            <input type="hidden" name="applicationId" value={applicationId} />
            <Label htmlFor={FIELD_ID}>Add to a pool</Label>
            <div className="flex gap-2">
              <NativeSelect id={FIELD_ID} name="poolId" defaultValue="" {...fieldAria(FIELD_ID, { error })}>
                <option value="">Choose a pool</option>
                {others.map((pool) => (
                  <option key={pool.id} value={pool.id}>
                    {pool.name}
                  </option>
                ))}
              </NativeSelect>
              <Button type="submit" variant="outline" disabled={adding}>
                Add
              </Button>
            </div>
            <FormMessages id={FIELD_ID} state={addState} fieldErrors={error} />
          </form>
        ) : null}
        <Link href="/dashboard/candidates/pools" className="w-fit text-sm font-medium text-accent underline underline-offset-4">
          Manage pools
        </Link>
      </CardContent>
    </Card>
  );
}
