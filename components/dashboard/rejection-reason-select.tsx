import { fieldAria } from '@/components/ui/form-field';
import { Label } from '@/components/ui/label';
import { NativeSelect } from '@/components/ui/native-select';
import { VisuallyHidden } from '@/components/ui/visually-hidden';
import { FieldMessages } from '@/components/forms/field-messages';

export interface RejectionReasonChoice {
  id: number;
  label: string;
}

/**
 * The reason from the admins' list, asked for by every reject path (applicant page, board card,
 * reject dialog, bulk form). Always in the page, so it works without JavaScript.
 */
export function RejectionReasonSelect({
  id,
  reasons,
  errors,
  required,
  applicantName,
  label = 'Reason for rejection (required when rejecting)',
  autoFocus,
}: {
  id: string;
  reasons: RejectionReasonChoice[];
  errors?: string[];
  required?: boolean;
  applicantName?: string;
  label?: string;
  autoFocus?: boolean;
}) {
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>
        {label}
        {applicantName ? <VisuallyHidden> ({applicantName})</VisuallyHidden> : null}
      </Label>
      <NativeSelect id={id} name="rejectionReasonId" defaultValue="" required={required} autoFocus={autoFocus} {...fieldAria(id, { error: errors })}>
        <option value="">Choose a reason…</option>
        {reasons.map((reason) => (
          <option key={reason.id} value={reason.id}>
            {reason.label}
          </option>
        ))}
      </NativeSelect>
      <FieldMessages id={id} messages={errors} />
    </div>
  );
}
