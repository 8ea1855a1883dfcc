'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from 'react';
import { useForm, type FieldValues, type Resolver } from 'react-hook-form';
import type { z } from 'zod';
import type { ErrorSummaryItem } from '@/components/forms/error-summary';
import type { ActionState } from '@/lib/action-state';

export interface FieldInfo<F extends string> {
  name: F;
  label: string;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * A form posting a server action whose state its owner keeps (useActionState), checked first
 * in the browser with the action's own zod schema. Without JavaScript the browser posts the
 * form and the action's answer comes back the same way. A server error stays next to its
 * field until that field is edited; the first field to fix gets the focus.
 */
export function useServerForm<F extends string>({
  state,
  formAction,
  schema,
  fields,
  defaultValues,
}: {
  state: ActionState<F>;
  formAction: (formData: FormData) => void;
  schema: z.ZodType<unknown, FieldValues>;
  fields: readonly FieldInfo<F>[];
  defaultValues: FieldValues;
}) {
  const form = useForm<FieldValues>({ resolver: zodResolver(schema) as Resolver<FieldValues>, defaultValues, mode: 'onSubmit', reValidateMode: 'onChange' });
  const clientErrors = form.formState.errors;
  const [edited, setEdited] = useState<{ answer: ActionState<F>; names: ReadonlySet<string> }>({ answer: state, names: NONE });
  const editedSinceAnswer = edited.answer === state ? edited.names : NONE;
  const serverErrors: Partial<Record<F, string[]>> = state.status === 'error' ? (state.fieldErrors ?? {}) : {};

  const errorsFor = (name: F): string[] | undefined => {
    const own = clientErrors[name]?.message;
    if (typeof own === 'string') return [own];
    return editedSinceAnswer.has(name) ? undefined : serverErrors[name];
  };

  const field = (name: F) =>
    form.register(name, {
      onChange: () =>
        setEdited((current) => {
          const names = current.answer === state ? current.names : NONE;
          return names.has(name) ? current : { answer: state, names: new Set(names).add(name) };
        }),
    });

  const clientFailed = form.formState.submitCount > 0 && Object.keys(clientErrors).length > 0;
  const title = clientFailed ? 'Check the fields marked below.' : state.status === 'error' ? state.message : null;
  const items: ErrorSummaryItem[] = fields.flatMap(({ name, label }) => (errorsFor(name) ?? []).map((message) => ({ targetId: name, label, message })));

  // After a refusal, put the cursor in the first field to fix, or on the summary.
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status !== 'error') return;
    const first = fields.find(({ name }) => state.fieldErrors?.[name]?.length);
    (first ? document.getElementById(first.name) : summaryRef.current)?.focus();
  }, [state, fields]);

  // Only a form the schema accepts is posted; without JavaScript this never runs.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const element = event.currentTarget;
    void form.handleSubmit(() => {
      startTransition(() => formAction(new FormData(element)));
    })(event);
  };

  return { form, field, errorsFor, onSubmit, summary: title ? { title, items } : null, summaryRef };
}

/**
 * useServerForm for a form that owns its action's state (the action comes from the page, as a
 * prop): checked first in the browser with the action's own zod schema, posted as a plain form
 * without JavaScript.
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
  fields: readonly FieldInfo<F>[];
  defaultValues?: FieldValues;
}) {
  const [state, formAction, isPending] = useActionState<S, FormData>(action, initialState);
  const server = useServerForm<F>({ state, formAction, schema, fields, defaultValues });
  return { ...server, state, formAction, pending: isPending };
}
