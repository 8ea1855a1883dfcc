'use client';

import { useEffect, useRef } from 'react';
import { ErrorSummary, type ErrorSummaryItem } from '@/components/forms/error-summary';
import { Alert } from '@/components/ui/alert';
import { draftControlId, QUESTION_MESSAGES, type DraftField, type QuestionBuilderState } from '@/lib/validations/question';

const FIELD_LABELS: Record<DraftField, string> = {
  label: 'question text',
  kind: 'answer type',
  helpText: 'help text',
  required: 'required',
  options: 'options',
};

/** `questions.2.options` → a link to question 3's options; the list's own errors point at "Add question". */
function summaryItems(fieldErrors: Record<string, string[] | undefined>): ErrorSummaryItem[] {
  return Object.entries(fieldErrors).flatMap(([key, messages]) => {
    const [, index, field] = key.split('.');
    const item =
      index !== undefined && field !== undefined && field in FIELD_LABELS
        ? { targetId: draftControlId(Number(index), field as DraftField), label: `Question ${Number(index) + 1}, ${FIELD_LABELS[field as DraftField]}` }
        : { targetId: 'add-question', label: 'Questions' };
    return (messages ?? []).map((message) => ({ ...item, message }));
  });
}

export interface BuilderMessagesProps {
  state: QuestionBuilderState;
  /** Set after a save (the page's ?saved=<version>), shown until the form is used again. */
  savedVersion: number | null;
  reloadHref: string;
}

/** What the last save said, placed above the list; a refusal takes focus so it is read first. */
export function BuilderMessages({ state, savedVersion, reloadHref }: BuilderMessagesProps) {
  const focusRef = useRef<HTMLDivElement>(null);
  const saved = state.status === 'idle' && state.drafts === undefined && savedVersion !== null;
  const shown = state.status !== 'idle' || saved;
  useEffect(() => {
    if (shown) focusRef.current?.focus();
  }, [state, shown]);

  if (state.status === 'error') {
    const items = summaryItems(state.fieldErrors ?? {});
    if (items.length > 0) return <ErrorSummary ref={focusRef} title={state.message} items={items} />;
    return (
      <div ref={focusRef} tabIndex={-1} className="focus:outline-2 focus:outline-offset-2 focus:outline-red-700">
        <Alert variant="error" title={state.message}>
          {state.message === QUESTION_MESSAGES.stale ? <a href={reloadHref}>Reload the questions</a> : null}
        </Alert>
      </div>
    );
  }
  const message = state.status === 'success' ? state.message : saved ? `Questions saved (version ${savedVersion}). The apply form asks them from now on.` : null;
  if (!message) return null;
  return (
    <div ref={focusRef} tabIndex={-1} className="focus:outline-2 focus:outline-offset-2 focus:outline-green-700">
      <Alert variant="success" title={message} />
    </div>
  );
}
