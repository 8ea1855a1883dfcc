import { z } from 'zod';
import type { ActionState } from '@/lib/action-state';
import { applicationIdField } from './note';
import { isRowId } from './row-id';

// The talent-pool forms and their actions share these schemas. Client-safe.

export const POOL_NAME_MAX_LENGTH = 80;

export const POOL_MESSAGES = {
  missing: 'Name the pool',
  tooLong: `Keep a pool's name to ${POOL_NAME_MAX_LENGTH} characters or fewer`,
  control: 'Remove the invisible control characters from the name',
  taken: 'A pool with this name exists already',
  pool: 'Choose a pool',
} as const;

export const poolNameSchema = z.object({
  name: z
    .string({ error: POOL_MESSAGES.missing })
    .transform((value) => value.trim().replace(/\s+/g, ' '))
    .pipe(
      z
        .string()
        .min(1, { error: POOL_MESSAGES.missing, abort: true })
        .max(POOL_NAME_MAX_LENGTH, { error: POOL_MESSAGES.tooLong, abort: true })
        .regex(/^[^\p{Cc}]*$/u, POOL_MESSAGES.control),
    ),
});

const poolIdField = z.preprocess((value) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : undefined), z.number({ error: POOL_MESSAGES.pool }).refine(isRowId, POOL_MESSAGES.pool));

export const poolMembershipSchema = z.object({ applicationId: applicationIdField, poolId: poolIdField });

export type PoolNameActionState = ActionState<'name'> & { name?: string };
export type PoolMembershipActionState = ActionState<'poolId'>;
