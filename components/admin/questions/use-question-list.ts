'use client';

import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { QuestionKind } from '@/lib/domain/job-enums';
import { blankDraft, draftControlId, moveItem, QUESTION_LIMITS, QUESTION_MESSAGES, type QuestionDraft } from '@/lib/validations/question';

export interface ListItem {
  /** React's key: stays with the question while it moves, so its typed text moves with it. */
  uid: string;
  draft: QuestionDraft;
}

const noSubscription = () => () => {};

/** False in the server render and during hydration, true once JavaScript runs the page. */
export function useEnhanced(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}

const describe = (draft: QuestionDraft, index: number) => (draft.label.trim() ? `“${draft.label.trim()}”` : `Question ${index + 1}`);

/**
 * The builder's list with JavaScript: add, remove and move happen at once, with focus kept on
 * what the person was working on and each change announced. `answered` is the list an action
 * sent back (after a refusal, say): it replaces what is on screen. A re-render of the page's own
 * props does not, so a refresh from the server never throws away unsaved edits.
 */
export function useQuestionList(initial: readonly QuestionDraft[], answered: readonly QuestionDraft[] | undefined) {
  const [list, setList] = useState(() => ({
    answered,
    round: 0,
    serial: 0,
    items: (answered ?? initial).map((draft, i) => ({ uid: `0-${i}`, draft })),
  }));
  if (answered !== undefined && list.answered !== answered) {
    const round = list.round + 1;
    setList({ answered, round, serial: 0, items: answered.map((draft, i) => ({ uid: `${round}-${i}`, draft })) });
  }
  const items = list.items;
  const [announcement, setAnnouncement] = useState('');

  // Moving a node in the DOM can drop its focus; after each change, focus is put where it belongs.
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    const id = pendingFocus.current;
    if (!id) return;
    pendingFocus.current = null;
    document.getElementById(id)?.focus();
  });

  const update = (next: ListItem[], focusId: string, message: string) => {
    setList((current) => ({ ...current, items: next, serial: current.serial + 1 }));
    pendingFocus.current = focusId;
    setAnnouncement(message);
  };

  const add = () => {
    if (items.length >= QUESTION_LIMITS.questions) {
      setAnnouncement(QUESTION_MESSAGES.tooMany);
      return;
    }
    const uid = `${list.round}-new-${list.serial}`;
    update([...items, { uid, draft: blankDraft() }], draftControlId(items.length, 'label'), `Question ${items.length + 1} added.`);
  };

  const remove = (index: number) => {
    const removed = items[index];
    if (!removed) return;
    const next = items.filter((_, i) => i !== index);
    const focusId = next.length === 0 ? 'add-question' : draftControlId(Math.min(index, next.length - 1), 'label');
    update(next, focusId, `${describe(removed.draft, index)} removed. ${next.length} ${next.length === 1 ? 'question' : 'questions'} left.`);
  };

  /** `button` says which move button to keep focus on; drag and drop leaves focus alone. */
  const move = (from: number, to: number, button?: 'up' | 'down') => {
    const moved = items[from];
    if (!moved || to < 0 || to >= items.length || from === to) return;
    const next = moveItem(items, from, to);
    // At the top "Move up" is disabled and cannot hold focus; its partner takes it.
    const side = button === 'up' && to === 0 ? 'down' : button === 'down' && to === next.length - 1 ? 'up' : button;
    const focusId = side ? `question-${to}-${side}` : draftControlId(to, 'label');
    update(next, focusId, `${describe(moved.draft, from)} moved to position ${to + 1} of ${next.length}.`);
  };

  const edit = (index: number, change: Partial<Pick<QuestionDraft, 'kind' | 'label'>>) =>
    setList((current) => ({
      ...current,
      items: current.items.map((item, i) => (i === index ? { ...item, draft: { ...item.draft, ...change } } : item)),
    }));

  return {
    items,
    announcement,
    add,
    remove,
    move,
    setKind: (index: number, kind: QuestionKind) => edit(index, { kind }),
    setLabel: (index: number, label: string) => edit(index, { label }),
  };
}
