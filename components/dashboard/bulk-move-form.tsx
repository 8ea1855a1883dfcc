'use client';

import { useActionState, useEffect, useRef, type ReactNode } from 'react';
import type { BulkMoveField } from '@/lib/validations/stage-move';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { fieldAria } from '@/components/ui/form-field';
import { Label } from '@/components/ui/label';
import { NativeSelect } from '@/components/ui/native-select';
import { Textarea } from '@/components/ui/textarea';
import { idleState, type ActionState } from '@/lib/action-state';
import { REASON_MAX } from '@/lib/validations/stage-move';
import { EmailTemplateSelect, type EmailTemplateOption } from './email-template-select';
import { FieldMessages } from '@/components/forms/field-messages';
import { RejectionReasonSelect, type RejectionReasonChoice } from './rejection-reason-select';
import { SelectAllCheckbox } from './select-all-checkbox';
import { submitKeepingValues } from '@/components/forms/submit-keeping-values';
import type { StageOption } from './stage-move-form';
import type { FormAction } from '@/lib/action-state';

/**
 * The applicant table inside one plain form: the rows' `applicationIds` checkboxes plus
 * "Move selected" (to the chosen stage) or "Reject selected" (with a reason). No JavaScript needed.
 */
export function BulkMoveForm({
  action,
  jobId,
  stages,
  emailTemplates = [],
  rejectionReasons = [],
  children,
}: {
  /** bulkMoveApplicationsAction, passed by the page. */
  action: FormAction<ActionState<BulkMoveField>>;
  jobId: number;
  stages: StageOption[];
  /** Offered as "Send email" to every moved applicant, each with their own name; none means no email. */
  emailTemplates?: EmailTemplateOption[];
  rejectionReasons?: RejectionReasonChoice[];
  children: ReactNode;
}) {
  const [state, formAction, pending] = useActionState<ActionState<BulkMoveField>, FormData>(action, idleState);
  const rejected = stages.find((s) => s.kind === 'rejected');
  const errors = state.status === 'error' ? (state.fieldErrors ?? {}) : {};
  const problems = [...(errors.applicationIds ?? [])];
  const form = useRef<HTMLFormElement>(null);

  // Clear the selection once it has moved; a refusal keeps it, so the person can fix the reason.
  useEffect(() => {
    if (state.status === 'success') form.current?.reset();
  }, [state]);

  return (
    <form ref={form} action={formAction} onSubmit={submitKeepingValues(formAction)} aria-label="Applicants" className="grid gap-3">
      <input type="hidden" name="jobId" value={jobId} />
      <fieldset className="grid gap-3 rounded-lg border border-gray-200 bg-white p-3 shadow-xs lg:grid-cols-[auto_minmax(12rem,1fr)_minmax(16rem,2fr)] lg:items-end">
        <legend className="sr-only">Bulk actions on the selected applicants</legend>
        <div className="flex min-h-11 items-center">
          <SelectAllCheckbox label="Select all on this page" />
        </div>
        <div className="flex flex-wrap items-end gap-2">
          <div className="grid min-w-40 flex-1 gap-1.5">
            <Label htmlFor="bulk-stage">Move selected to</Label>
            <NativeSelect id="bulk-stage" name="stageId" defaultValue={stages[1]?.id ?? stages[0]?.id} {...fieldAria('bulk-stage', { error: errors.stageId })}>
              {stages.map((stage) => (
                <option key={stage.id} value={stage.id}>
                  {stage.name}
                </option>
              ))}
            </NativeSelect>
          </div>
          <Button type="submit" variant="outline" aria-disabled={pending || undefined}>
            Move selected
          </Button>
          <FieldMessages id="bulk-stage" messages={errors.stageId} />
        </div>
        <div className="flex flex-wrap items-end gap-2">
          <div className="min-w-48 flex-1">
            <RejectionReasonSelect id="bulk-rejection-reason" reasons={rejectionReasons} errors={errors.rejectionReasonId} />
          </div>
          <div className="grid min-w-48 flex-1 gap-1.5">
            <Label htmlFor="bulk-reason">Details (optional)</Label>
            <Textarea id="bulk-reason" name="reason" rows={1} maxLength={REASON_MAX} className="min-h-11" {...fieldAria('bulk-reason', { error: errors.reason })} />
          </div>
          {rejected ? (
            <Button type="submit" name="rejectStageId" value={rejected.id} variant="destructive" aria-disabled={pending || undefined}>
              Reject selected
            </Button>
          ) : null}
          <FieldMessages id="bulk-reason" messages={errors.reason} />
        </div>
        {emailTemplates.length > 0 ? (
          <div className="lg:col-span-3 lg:max-w-sm">
            <EmailTemplateSelect id="bulk-email" templates={emailTemplates} errors={errors.emailTemplate} />
          </div>
        ) : null}
      </fieldset>
      <div aria-live="polite" className="empty:hidden">
        {state.status === 'success' ? <Alert variant="success" role="none">{state.message}</Alert> : null}
      </div>
      {state.status === 'error' ? (
        <Alert variant="error" title={state.message}>
          {problems.length ? problems.join(' ') : null}
        </Alert>
      ) : null}
      {children}
    </form>
  );
}
