'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { startTransition, useActionState, useEffect, useRef, type FormEvent } from 'react';
import { useForm, type FieldValues, type Resolver } from 'react-hook-form';
import type { z } from 'zod';
import type { ErrorSummaryItem } from '@/components/apply/error-summary';
import type { ActionState } from '@/lib/action-state';

export interface FormFieldInfo<F extends string> {
  name: F;
  label: string;
}

/**
 * A form that posts a server action, checked first in the browser with the action's own zod
 * schema. Without JavaScript the browser posts the form and the action's answer comes back
 * the same way. Errors: the browser's for a field once it has checked, else the server's.
 */
export function useActionForm<F extends string, S extends ActionState<F>>({
  action,
  initialState,
  schema,
  fields,
  defaultValues,
}: {
  action: (state: Awaited<S>, formData: FormData) => Promise<S>;
  initialState: Awaited<S>;
  schema: z.ZodType<unknown, FieldValues>;
  fields: readonly FormFieldInfo<F>[];
  defaultValues?: FieldValues;
}) {
  const [state, formAction, isPending] = useActionState<S, FormData>(action, initialState);
  const form = useForm<FieldValues>({
    resolver: zodResolver(schema) as Resolver<FieldValues>,
    defaultValues,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const clientErrors = form.formState.errors;
  const serverErrors: Partial<Record<F, string[]>> = state.status === 'error' ? (state.fieldErrors ?? {}) : {};

  const errorsFor = (name: F): string[] | undefined => {
    const own = clientErrors[name]?.message;
    if (typeof own === 'string') return [own];
    return serverErrors[name];
  };

  const clientFailed = form.formState.submitCount > 0 && Object.keys(clientErrors).length > 0;
  const title = clientFailed ? 'Check the fields marked below.' : state.status === 'error' ? state.message : null;
  const items: ErrorSummaryItem[] = fields.flatMap(({ name, label }) =>
    (errorsFor(name) ?? []).map((message) => ({ targetId: name, label, message })),
  );

  // After the server refuses, put the cursor in the first field to fix, or on the summary.
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status !== 'error') return;
    const first = fields.find(({ name }) => state.fieldErrors?.[name]?.length);
    (first ? document.getElementById(first.name) : summaryRef.current)?.focus();
  }, [state, fields]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const element = event.currentTarget;
    void form.handleSubmit(() => {
      startTransition(() => formAction(new FormData(element)));
    })(event);
  };

  return {
    state,
    form,
    formAction,
    onSubmit,
    errorsFor,
    pending: isPending,
    summary: title ? { title, items } : null,
    summaryRef,
  };
}
