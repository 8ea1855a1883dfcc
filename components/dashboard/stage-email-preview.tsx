'use client';

import { useEffect, useState } from 'react';
import type { StageEmailPreviewResult } from '@/lib/validations/stage-move';
import { EmailPreview } from '@/components/mail/email-preview';
import { useStageActions } from './stage-actions';

/**
 * The exact email the move would send to this applicant, fetched when a template is chosen.
 * Needs JavaScript; without it the move (and its email) still works, unpreviewed.
 */
export function StageEmailPreview({ applicationId, emailTemplate, applicantName }: { applicationId: number; emailTemplate: string; applicantName?: string }) {
  const [result, setResult] = useState<{ key: string; value: StageEmailPreviewResult } | null>(null);
  const { previewEmail } = useStageActions();
  const key = `${applicationId}:${emailTemplate}`;

  useEffect(() => {
    if (!emailTemplate) return;
    let current = true;
    void previewEmail(applicationId, emailTemplate).then((value) => {
      if (current) setResult({ key, value });
    });
    return () => {
      current = false;
    };
  }, [applicationId, emailTemplate, key, previewEmail]);

  if (!emailTemplate) return null;
  const shown = result?.key === key ? result.value : null;
  if (!shown) return <p className="text-sm text-gray-600">Loading the email preview…</p>;
  if (shown.status === 'error') return <p className="text-sm text-red-700">{shown.message}</p>;
  return (
    <EmailPreview
      label={`Preview of the email to ${applicantName ?? shown.email.to}`}
      to={shown.email.to}
      subject={shown.email.subject}
      text={shown.email.text}
      scrollable
    />
  );
}
