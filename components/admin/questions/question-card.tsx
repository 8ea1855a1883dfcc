'use client';

import type { ComponentProps, MouseEvent, ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { fieldAria, FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { NativeSelect } from '@/components/ui/native-select';
import { Textarea } from '@/components/ui/textarea';
import { VisuallyHidden } from '@/components/ui/visually-hidden';
import { QUESTION_KINDS, type QuestionKind } from '@/lib/domain/job-enums';
import { cn } from '@/lib/utils';
import {
  draftControlId,
  draftInputName,
  isChoiceKind,
  QUESTION_KIND_LABELS,
  QUESTION_LIMITS,
  type DraftField,
  type QuestionDraft,
} from '@/lib/validations/question';

export interface QuestionCardProps {
  index: number;
  count: number;
  draft: QuestionDraft;
  errorsFor: (field: DraftField) => string[] | undefined;
  /** JavaScript is running: options show only for choice questions, and the card can be dragged. */
  enhanced: boolean;
  /** The drag handle and drop-target state, with JavaScript only. */
  handle?: ReactNode;
  dropTarget?: boolean;
  dragging?: boolean;
  rowProps?: ComponentProps<'li'>;
  onMove: (to: number, button: 'up' | 'down') => void;
  onRemove: () => void;
  onKindChange: (kind: QuestionKind) => void;
  onLabelChange: (label: string) => void;
}

interface CardButtonProps {
  /** Posted as `intent` without JavaScript, e.g. "up:2". */
  intent: string;
  id: string;
  icon: string;
  label: string;
  /** The question's number, so each button's name says which question it acts on. */
  n: number;
  disabled?: boolean;
  className?: string;
  /** With JavaScript the list changes at once instead of posting. */
  run: () => void;
}

function CardButton({ intent, id, icon, label, n, disabled, className, run }: CardButtonProps) {
  const onClick = (event: MouseEvent<HTMLButtonElement>) => {
    event.preventDefault();
    run();
  };
  return (
    <Button type="submit" name="intent" value={intent} id={id} variant="ghost" size="sm" disabled={disabled} className={className} onClick={onClick}>
      <svg aria-hidden="true" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round">
        <path d={icon} />
      </svg>
      {label}
      <VisuallyHidden> question {n}</VisuallyHidden>
    </Button>
  );
}

/** One question of the builder: a card whose fields post as `questions[<index>][<field>]`. */
export function QuestionCard(props: QuestionCardProps) {
  const { index, count, draft, errorsFor, enhanced, handle, dropTarget, dragging, rowProps } = props;
  const n = index + 1;
  const id = (field: DraftField) => draftControlId(index, field);
  const name = (field: keyof QuestionDraft) => draftInputName(index, field);
  const control = (field: DraftField, description?: ReactNode) => ({ id: id(field), name: name(field), ...fieldAria(id(field), { error: errorsFor(field), description }) });
  const choice = isChoiceKind(draft.kind);
  const optionsHint = enhanced
    ? `One option per line, up to ${QUESTION_LIMITS.options}.`
    : `For single and multiple choice questions: one option per line, up to ${QUESTION_LIMITS.options}.`;
  const helpHint = 'Shown under the question on the apply form.';

  return (
    <li
      {...rowProps}
      className={cn(
        'grid gap-5 rounded-lg border border-gray-200 bg-white p-5 shadow-xs sm:p-6',
        dropTarget && 'border-accent ring-2 ring-accent',
        dragging && 'opacity-60',
      )}
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        {handle}
        <h2 className="text-base font-semibold text-gray-900">
          Question {n}
        </h2>
        <div className="ml-auto flex flex-wrap gap-1">
          <CardButton intent={`up:${index}`} id={`question-${index}-up`} icon="M8 13V3M3.5 7.5 8 3l4.5 4.5" label="Move up" n={n} disabled={index === 0} run={() => props.onMove(index - 1, 'up')} />
          <CardButton intent={`down:${index}`} id={`question-${index}-down`} icon="M8 3v10M3.5 8.5 8 13l4.5-4.5" label="Move down" n={n} disabled={index === count - 1} run={() => props.onMove(index + 1, 'down')} />
          <CardButton intent={`remove:${index}`} id={`question-${index}-remove`} icon="M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.5 8.5h6l.5-8.5" label="Remove" n={n} className="text-red-700 hover:bg-red-50 hover:text-red-800" run={props.onRemove} />
        </div>
      </div>

      <fieldset className="grid min-w-0 gap-5">
        <legend className="sr-only">Question {n}</legend>
        <input type="hidden" name={name('key')} value={draft.key} />
        <FormField id={id('label')} label="Question text" error={errorsFor('label')} required>
          <Input type="text" defaultValue={draft.label} required onChange={(event) => props.onLabelChange(event.target.value)} {...control('label')} />
        </FormField>

        <div className="grid gap-5 sm:grid-cols-2 sm:items-end">
          <FormField id={id('kind')} label="Answer type" error={errorsFor('kind')} required>
            <NativeSelect defaultValue={draft.kind} onChange={(event) => props.onKindChange(event.target.value as QuestionKind)} {...control('kind')}>
              {QUESTION_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {QUESTION_KIND_LABELS[kind]}
                </option>
              ))}
            </NativeSelect>
          </FormField>
          <div className="flex min-h-11 items-center gap-3">
            <Checkbox id={id('required')} name={name('required')} defaultChecked={draft.required} />
            <label htmlFor={id('required')} className="text-sm font-medium text-gray-900">
              Required: candidates must answer
            </label>
          </div>
        </div>

        {/* Always in the page without JavaScript (the kind may change before the post); hidden, not removed, with it. */}
        <div hidden={enhanced && !choice}>
          <FormField id={id('options')} label="Options" description={optionsHint} error={errorsFor('options')} required={enhanced && choice}>
            <Textarea rows={4} defaultValue={draft.options} {...control('options', optionsHint)} />
          </FormField>
        </div>

        <FormField id={id('helpText')} label="Help text" description={helpHint} error={errorsFor('helpText')}>
          <Textarea rows={2} defaultValue={draft.helpText} className="min-h-16" {...control('helpText', helpHint)} />
        </FormField>
      </fieldset>
    </li>
  );
}
