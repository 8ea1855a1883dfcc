'use client';

import { useActionState, type MouseEvent } from 'react';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { idleState } from '@/lib/action-state';
import { draftErrorKey, QUESTION_LIMITS, type DraftField, type QuestionBuilderState, type QuestionDraft } from '@/lib/validations/question';
import { BuilderMessages } from './builder-messages';
import { DragHandle } from './drag-handle';
import { QuestionCard } from './question-card';
import { useDragReorder } from './use-drag-reorder';
import { useEnhanced, useQuestionList } from './use-question-list';

export type SaveQuestionsAction = (previous: QuestionBuilderState, formData: FormData) => Promise<QuestionBuilderState>;

export interface QuestionBuilderProps {
  /** saveQuestionsAction bound to the job by the server page (binding here would hang the no-JS post). */
  action: SaveQuestionsAction;
  /** The version loaded: posted back so a save over someone else's newer one is refused. */
  questionSetId: number | null;
  initialDrafts: QuestionDraft[];
  savedVersion: number | null;
  /** This page without its query, for "Reload the questions". */
  reloadHref: string;
}

/**
 * One form for the whole list. Without JavaScript every button posts it (name="intent") and the
 * server answers with the changed list; with JavaScript add, remove and move happen in place and
 * only "Save questions" posts.
 */
export function QuestionBuilder({ action, questionSetId, initialDrafts, savedVersion, reloadHref }: QuestionBuilderProps) {
  const [state, formAction, pending] = useActionState(action, idleState as QuestionBuilderState);
  const enhanced = useEnhanced();
  const list = useQuestionList(initialDrafts, state.drafts);
  const drag = useDragReorder((from, to) => list.move(from, to));
  const fieldErrors: Record<string, string[] | undefined> = state.status === 'error' ? (state.fieldErrors ?? {}) : {};
  const loadedSetId = state.questionSetId !== undefined ? state.questionSetId : questionSetId;

  const addQuestion = (event: MouseEvent<HTMLButtonElement>) => {
    event.preventDefault();
    list.add();
  };

  return (
    <form action={formAction} noValidate className="grid gap-6">
      {/* First in the form, so Enter in a text field saves instead of pressing a card's "Move up". */}
      <button type="submit" name="intent" value="save" tabIndex={-1} aria-hidden="true" className="sr-only">
        Save questions
      </button>
      <input type="hidden" name="questionSetId" value={loadedSetId ?? ''} />

      <BuilderMessages state={state} savedVersion={savedVersion} reloadHref={reloadHref} />

      {list.items.length === 0 ? (
        <EmptyState
          title="No questions yet"
          description="Candidates give their name, contact details and resume. Add a question to ask anything else this job needs."
        />
      ) : (
        <ol className="grid gap-4" aria-label="Questions">
          {list.items.map((item, index) => (
            <QuestionCard
              key={item.uid}
              index={index}
              count={list.items.length}
              draft={item.draft}
              errorsFor={(field: DraftField) => fieldErrors[draftErrorKey(index, field)]}
              enhanced={enhanced}
              handle={enhanced ? <DragHandle {...drag.handleProps(index)} /> : undefined}
              dropTarget={drag.over === index && drag.dragging !== index}
              dragging={drag.dragging === index}
              rowProps={enhanced ? drag.targetProps(index) : undefined}
              onMove={(to, button) => list.move(index, to, button)}
              onRemove={() => list.remove(index)}
              onKindChange={(kind) => list.setKind(index, kind)}
              onLabelChange={(label) => list.setLabel(index, label)}
            />
          ))}
        </ol>
      )}

      <div>
        <Button type="submit" name="intent" value="add" id="add-question" variant="outline" onClick={addQuestion} disabled={list.items.length >= QUESTION_LIMITS.questions}>
          <svg aria-hidden="true" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round">
            <path d="M8 3v10M3 8h10" />
          </svg>
          Add question
        </Button>
      </div>

      <div className="flex flex-wrap items-center gap-3 border-t border-gray-200 pt-6">
        <Button type="submit" name="intent" value="save" disabled={pending}>
          Save questions
        </Button>
        <p role="status" className="text-sm text-gray-600">
          {pending ? 'Saving…' : null}
        </p>
      </div>

      {/* Announces add, remove and move; rendered empty first, as a live region must exist before it speaks. */}
      <div aria-live="polite" className="sr-only">
        {list.announcement}
      </div>
    </form>
  );
}
