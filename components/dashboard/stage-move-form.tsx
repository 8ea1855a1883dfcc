'use client';

import { useActionState, useId, useState } from 'react';
import type { StageMoveState } from '@/lib/validations/stage-move';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { fieldAria } from '@/components/ui/form-field';
import { Label } from '@/components/ui/label';
import { NativeSelect } from '@/components/ui/native-select';
import { Textarea } from '@/components/ui/textarea';
import { VisuallyHidden } from '@/components/ui/visually-hidden';
import { idleState } from '@/lib/action-state';
import type { StageKind } from '@/lib/domain/job-enums';
import { cn } from '@/lib/utils';
import { REASON_MAX } from '@/lib/validations/stage-move';
import { EmailTemplateSelect, type EmailTemplateOption } from './email-template-select';
import { FieldMessages } from '@/components/forms/field-messages';
import { RejectionReasonSelect, type RejectionReasonChoice } from './rejection-reason-select';
import { StageEmailPreview } from './stage-email-preview';
import { submitKeepingValues } from '@/components/forms/submit-keeping-values';
import { useStageActions } from './stage-actions';

export interface StageOption {
  id: number;
  name: string;
  kind: StageKind;
}

export interface StageMoveFormProps {
  applicationId: number;
  currentStageId: number;
  stages: StageOption[];
  /** Read after "Move to" by screen readers, where several forms share a page (the board). */
  applicantName?: string;
  /** Offered as "Send email"; none chosen means no email. */
  emailTemplates?: EmailTemplateOption[];
  /** The admins' list; a rejection must name one. */
  rejectionReasons?: RejectionReasonChoice[];
  /**
   * Only the stage select and "Move" until they are needed (the board, with a form on every
   * card): the reason, details and email appear once another stage is chosen, or, without
   * JavaScript, with the server's answer when a rejection came without its reason.
   */
  compact?: boolean;
  className?: string;
}

/**
 * Moves one applicant: a stage select, a reason (required when rejecting) and "Move". A plain
 * form posting a server action, so it works without JavaScript; the reason box is therefore
 * always there, and becomes required once a rejected stage is chosen.
 */
export function StageMoveForm({ applicationId, currentStageId, stages, applicantName, emailTemplates = [], rejectionReasons = [], compact = false, className }: StageMoveFormProps) {
  const [state, formAction, pending] = useActionState<StageMoveState, FormData>(useStageActions().move, idleState);
  // A refusal rendered by the server (no JavaScript) starts from what the person chose.
  const [selected, setSelected] = useState(state.chosen?.stageId ?? String(currentStageId));
  const [reason, setReason] = useState(state.chosen?.reason ?? '');
  const [emailTemplate, setEmailTemplate] = useState('');
  // When a move lands, the page re-renders with the new current stage: follow it, and start
  // the reason afresh.
  const [shownCurrent, setShownCurrent] = useState(currentStageId);
  if (shownCurrent !== currentStageId) {
    setShownCurrent(currentStageId);
    setSelected(String(currentStageId));
  }
  const [shownState, setShownState] = useState(state);
  if (shownState !== state) {
    setShownState(state);
    if (state.status === 'success') {
      setReason('');
      setEmailTemplate('');
    }
  }
  const id = useId();
  const rejecting = selected !== String(currentStageId) && stages.find((s) => String(s.id) === selected)?.kind === 'rejected';
  const errors = state.status === 'error' ? (state.fieldErrors ?? {}) : {};
  const showAll = !compact || selected !== String(currentStageId) || state.status === 'error';
  const stageField = `${id}-stage`;
  const reasonField = `${id}-reason`;
  const emailField = `${id}-email`;

  return (
    <form action={formAction} onSubmit={submitKeepingValues(formAction)} className={cn('grid gap-3', className)}>
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="expectedStageId" value={currentStageId} />
      <div className="grid gap-1.5">
        <Label htmlFor={stageField}>
          Move to{applicantName ? <VisuallyHidden> ({applicantName})</VisuallyHidden> : null}
        </Label>
        <NativeSelect
          id={stageField}
          name="stageId"
          value={selected}
          onChange={(event) => setSelected(event.target.value)}
          {...fieldAria(stageField, { error: errors.stageId })}
        >
          {stages.map((stage) => (
            <option key={stage.id} value={stage.id}>
              {stage.id === currentStageId ? `${stage.name} (current)` : stage.name}
            </option>
          ))}
        </NativeSelect>
        <FieldMessages id={stageField} messages={errors.stageId} />
      </div>
      {showAll ? (
        <>
          <RejectionReasonSelect id={`${id}-rejection-reason`} reasons={rejectionReasons} errors={errors.rejectionReasonId} required={rejecting} applicantName={applicantName} />
          <div className="grid gap-1.5">
            <Label htmlFor={reasonField}>Details (optional)</Label>
            <Textarea
              id={reasonField}
              name="reason"
              rows={2}
              maxLength={REASON_MAX}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              className="min-h-16"
              {...fieldAria(reasonField, { error: errors.reason })}
            />
            <FieldMessages id={reasonField} messages={errors.reason} />
          </div>
          {emailTemplates.length > 0 ? (
            <>
              <EmailTemplateSelect
                id={emailField}
                templates={emailTemplates}
                value={emailTemplate}
                onChange={setEmailTemplate}
                errors={errors.emailTemplate}
                applicantName={applicantName}
              />
              <StageEmailPreview applicationId={applicationId} emailTemplate={emailTemplate} applicantName={applicantName} />
            </>
          ) : null}
        </>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" size="sm" variant={rejecting ? 'destructive' : 'default'} aria-disabled={pending || undefined}>
          Move
        </Button>
        <p role="status" className="text-sm text-gray-700 empty:hidden">
          {state.status === 'success' ? state.message : pending ? 'Moving…' : ''}
        </p>
      </div>
      {state.status === 'error' ? <Alert variant="error">{state.message}</Alert> : null}
    </form>
  );
}
