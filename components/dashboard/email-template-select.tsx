'use client';

import { fieldAria } from '@/components/ui/form-field';
import { Label } from '@/components/ui/label';
import { NativeSelect } from '@/components/ui/native-select';
import { VisuallyHidden } from '@/components/ui/visually-hidden';
import { FieldMessages } from '@/components/forms/field-messages';

export interface EmailTemplateOption {
  slug: string;
  name: string;
}

export interface EmailTemplateSelectProps {
  id: string;
  templates: EmailTemplateOption[];
  value?: string;
  onChange?: (slug: string) => void;
  errors?: string[];
  /** Read after the label where several forms share a page (the board). */
  applicantName?: string;
}

/** "Send email": no email unless the person picks a template, so a move never emails by surprise. */
export function EmailTemplateSelect({ id, templates, value, onChange, errors, applicantName }: EmailTemplateSelectProps) {
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>
        Send email{applicantName ? <VisuallyHidden> to {applicantName}</VisuallyHidden> : null}
      </Label>
      <NativeSelect
        id={id}
        name="emailTemplate"
        {...(onChange ? { value: value ?? '', onChange: (event) => onChange(event.target.value) } : { defaultValue: '' })}
        {...fieldAria(id, { error: errors })}
      >
        <option value="">No email</option>
        {templates.map((template) => (
          <option key={template.slug} value={template.slug}>
            {template.name}
          </option>
        ))}
      </NativeSelect>
      <FieldMessages id={id} messages={errors} />
    </div>
  );
}
