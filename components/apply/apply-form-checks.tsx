'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { memo, useEffect } from 'react';
import { createFormControl, useForm, type FieldValues, type Resolver, type UseFormProps } from 'react-hook-form';
import { buildApplicationSchema } from '@/lib/validations/application';
import type { PublicQuestion } from '@/lib/validations/application-questions';
import type { ApplyChecks, ApplyCheckState } from './apply-checks-types';

// The apply form's checks: react-hook-form, the resolver, zod and the shared schema (~60 KB of
// gzipped JavaScript, a quarter of the page's), loaded as one chunk on the form's first focus
// instead of with the page. Until then the form is plain HTML posting to the server action,
// which decides with the same schema.

const options = (questions: readonly PublicQuestion[]): UseFormProps<FieldValues> => ({
  resolver: zodResolver(buildApplicationSchema(questions)) as Resolver<FieldValues>,
  mode: 'onSubmit',
  reValidateMode: 'onChange',
});

/**
 * The radio groups' current choices. A field without a default value is read from the page when
 * it registers, and so is an edited text box or checkbox while the form is not yet ready; but a
 * radio group registers button by button and is set to the value read from the buttons so far,
 * which would clear a choice made before this chunk arrived.
 */
function chosenRadios(form: HTMLFormElement): FieldValues {
  const chosen: FieldValues = {};
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked')) chosen[input.name] = input.value;
  return chosen;
}

/**
 * The form's control, made outside React so the fields can be registered in the same commit
 * that mounts CheckStateReporter, with what the page's form holds now: nothing typed, ticked or
 * chosen before this chunk arrived is lost.
 */
export function createApplyChecks(questions: readonly PublicQuestion[], form: HTMLFormElement): ApplyChecks {
  const settings = options(questions);
  // defaultValues go to the control only: useForm would reset the registered fields with them.
  const control = createFormControl<FieldValues>({ ...settings, defaultValues: chosenRadios(form) });
  return { control, settings };
}

/**
 * useForm on that control, reporting the form state the apply form shows. Rendered after the
 * fields, so its layout effect (which marks the form ready) runs after they registered: a field
 * edited before that is read as edited, not reset. Memoised so only a form-state change, not the
 * parent's render, runs the effect that reports it.
 */
export const CheckStateReporter = memo(function CheckStateReporter({
  checks,
  onChange,
}: {
  checks: ApplyChecks;
  onChange: (state: ApplyCheckState) => void;
}) {
  const { formState } = useForm<FieldValues>({ formControl: checks.control.formControl, ...checks.settings });
  const { errors, submitCount, isSubmitting } = formState;
  useEffect(() => onChange({ errors, submitCount, isSubmitting }));
  return null;
});
