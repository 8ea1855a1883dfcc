'use client';

import { useActionState } from 'react';
import type { FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import { useServerForm, type FieldInfo } from '@/components/admin/jobs/use-server-form';
import type { ActionState } from '@/lib/action-state';

export type FormFieldInfo<F extends string> = FieldInfo<F>;

/**
 * useServerForm for a form that owns its action's state: checked first in the browser with the
 * action's own zod schema, posted as a plain form without JavaScript.
 */
export function useActionForm<F extends string, S extends ActionState<F>>({
  action,
  initialState,
  schema,
  fields,
  defaultValues = {},
}: {
  action: (state: Awaited<S>, formData: FormData) => Promise<S>;
  initialState: Awaited<S>;
  schema: z.ZodType<unknown, FieldValues>;
  fields: readonly FormFieldInfo<F>[];
  defaultValues?: FieldValues;
}) {
  const [state, formAction, isPending] = useActionState<S, FormData>(action, initialState);
  const server = useServerForm<F>({ state, formAction, schema, fields, defaultValues });
  return { ...server, state, formAction, pending: isPending };
}
