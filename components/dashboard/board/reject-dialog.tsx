'use client';

import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { fieldAria } from '@/components/ui/form-field';
import { Label } from '@/components/ui/label';
import { Textarea } from '@/components/ui/textarea';
import { REASON_MAX, REASON_REQUIRED_MESSAGE, reasonMissing } from '@/lib/validations/stage-move';
import { EmailTemplateSelect, type EmailTemplateOption } from '../email-template-select';
import { RejectionReasonSelect, type RejectionReasonChoice } from '../rejection-reason-select';
import { StageEmailPreview } from '../stage-email-preview';

export interface RejectTarget {
  applicationId: number;
  applicantName: string;
  stageName: string;
}

/**
 * Asks for the reason when a card is dropped on a rejected stage. A native modal <dialog>: it
 * traps focus, closes on Escape and gives focus back to where it was.
 */
export function RejectDialog({
  target,
  emailTemplates = [],
  rejectionReasons = [],
  onConfirm,
  onCancel,
}: {
  target: RejectTarget | null;
  emailTemplates?: EmailTemplateOption[];
  rejectionReasons?: RejectionReasonChoice[];
  onConfirm: (reason: string, emailTemplate?: string, rejectionReasonId?: string) => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [emailTemplate, setEmailTemplate] = useState('');

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (target && !dialog.open) dialog.showModal();
    if (!target && dialog.open) dialog.close();
  }, [target]);

  return (
    <dialog
      ref={ref}
      aria-labelledby="reject-dialog-title"
      onClose={() => {
        setError(null);
        setEmailTemplate('');
        onCancel();
      }}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-gray-200 bg-white p-0 shadow-xl backdrop:bg-gray-950/40"
    >
      {target ? (
        <form
          key={target.applicantName}
          noValidate
          className="grid gap-4 p-5"
          onSubmit={(event) => {
            event.preventDefault();
            const data = new FormData(event.currentTarget);
            const reason = String(data.get('reason') ?? '').trim();
            const rejectionReasonId = String(data.get('rejectionReasonId') ?? '');
            if (reasonMissing('rejected', rejectionReasonId)) {
              setError(REASON_REQUIRED_MESSAGE);
              return;
            }
            setError(null);
            setEmailTemplate('');
            onConfirm(reason, emailTemplate || undefined, rejectionReasonId);
          }}
        >
          <h2 id="reject-dialog-title" className="text-lg font-semibold text-gray-900">
            Move {target.applicantName} to {target.stageName}?
          </h2>
          <RejectionReasonSelect id="reject-dialog-rejection-reason" reasons={rejectionReasons} errors={error ? [error] : undefined} required autoFocus label="Reason for rejection" />
          <div className="grid gap-1.5">
            <Label htmlFor="reject-dialog-reason">Details (optional)</Label>
            <Textarea id="reject-dialog-reason" name="reason" rows={3} maxLength={REASON_MAX} {...fieldAria('reject-dialog-reason')} />
          </div>
          {emailTemplates.length > 0 ? (
            <>
              <EmailTemplateSelect id="reject-dialog-email" templates={emailTemplates} value={emailTemplate} onChange={setEmailTemplate} />
              <StageEmailPreview applicationId={target.applicationId} emailTemplate={emailTemplate} applicantName={target.applicantName} />
            </>
          ) : null}
          <div className="flex flex-wrap justify-end gap-3">
            <Button type="button" variant="outline" onClick={() => ref.current?.close()}>
              Cancel
            </Button>
            <Button type="submit" variant="destructive">
              Reject
            </Button>
          </div>
        </form>
      ) : null}
    </dialog>
  );
}
