'use server';

import { revalidatePath } from 'next/cache';
import { createTalentPool } from '@/db/queries/talent-pools';
import { refuse, runAction, typed } from '@/lib/actions/run-action';
import { POOL_MESSAGES, poolNameSchema, type PoolNameActionState } from '@/lib/validations/talent-pool';

const CHECK_FIELDS = 'Nothing was saved. Check the name.';

/** Starts a company-wide talent pool. */
export async function createTalentPoolAction(_previous: PoolNameActionState, formData: FormData): Promise<PoolNameActionState> {
  const name = typed(formData, 'name');
  return runAction({
    name: 'createTalentPoolAction',
    input: { name },
    schema: poolNameSchema,
    fields: ['name'] as const,
    invalid: CHECK_FIELDS,
    echo: name === undefined ? {} : { name },
    act: async (actor, input) => {
      const result = await createTalentPool(actor, input.name);
      return result.ok ? input.name : refuse<'name'>(CHECK_FIELDS, { name: [POOL_MESSAGES.taken] });
    },
    answer: (created) => {
      revalidatePath('/dashboard/candidates/pools');
      return { status: 'success', message: `Pool “${created}” created` };
    },
  });
}
