'use client';

import Link from 'next/link';
import { useEffect, useOptimistic, useState, useTransition, type DragEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { idleState } from '@/lib/action-state';
import { applicantsHref } from '@/lib/dashboard/applicant-params';
import { BOARD_PAGE_SIZE, firstCardOfPageId } from '@/lib/domain/board-columns';
import { cn } from '@/lib/utils';
import { useHydrated } from '../use-hydrated';
import type { EmailTemplateOption } from '../email-template-select';
import type { RejectionReasonChoice } from '../rejection-reason-select';
import { BoardCard } from './board-card';
import { RejectDialog } from './reject-dialog';
import type { BoardCardData, BoardStage } from './types';
import { useStageActions } from '../stage-actions';

type Move = { id: number; stageId: number };
type Pending = { card: BoardCardData; stage: BoardStage };

/**
 * The kanban: one column per stage, cards dragged between them (native HTML5 drag and drop),
 * or moved with each card's "Move to…" form. Moves are announced in a live region.
 */
export function PipelineBoard({
  jobId,
  stages,
  cards,
  emailTemplates = [],
  rejectionReasons = [],
}: {
  jobId: number;
  stages: BoardStage[];
  cards: BoardCardData[];
  /** Offered as "Send email" in each card's form and in the reject dialog. */
  emailTemplates?: EmailTemplateOption[];
  /** The admins' list: every rejection names one. */
  rejectionReasons?: RejectionReasonChoice[];
}) {
  const [shown, applyMove] = useOptimistic(cards, (state: BoardCardData[], move: Move) =>
    state.map((c) => (c.id === move.id ? { ...c, stageId: move.stageId } : c)),
  );
  const { move: moveStage } = useStageActions();
  const [, startTransition] = useTransition();
  const hydrated = useHydrated();
  const [announcement, setAnnouncement] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState<BoardCardData | null>(null);
  const [dropTarget, setDropTarget] = useState<number | null>(null);
  const [rejecting, setRejecting] = useState<Pending | null>(null);
  const [focusRequest, setFocusRequest] = useState<{ id: number; always?: boolean } | null>(null);
  // "Show more" in a column: once its next page arrives, focus moves to that page's first card.
  // Only the next data from the server can answer it: whatever that holds, the request ends there.
  const [expanding, setExpanding] = useState<{ stageId: number; from: number; cards: BoardCardData[] } | null>(null);
  const stageName = (id: number) => stages.find((s) => s.id === id)?.name ?? 'another stage';

  // Announce what the server confirms, however the move was made (a card moved by its form
  // re-mounts in its new column, so the form itself cannot say it).
  const [seen, setSeen] = useState(cards);
  if (seen !== cards) {
    const before = new Map(seen.map((c) => [c.id, c.stageId]));
    const moved = cards.filter((c) => before.has(c.id) && before.get(c.id) !== c.stageId);
    setSeen(cards);
    if (moved.length > 0) {
      setAnnouncement(moved.map((c) => `${c.name} moved to ${stageName(c.stageId)}.`).join(' '));
      setFocusRequest({ id: moved[0]?.id ?? 0 });
    }
  }

  if (expanding && expanding.cards !== cards) {
    const arrived = cards.filter((c) => c.stageId === expanding.stageId)[expanding.from];
    setExpanding(null);
    if (arrived) setFocusRequest({ id: arrived.id, always: true });
  }

  // Focus was on the moved card's form, which is gone: put it on the card in its new column.
  useEffect(() => {
    if (!focusRequest) return;
    const active = document.activeElement;
    if (!focusRequest.always && active && active !== document.body && document.contains(active)) return;
    document.querySelector<HTMLElement>(`[data-card-link="${focusRequest.id}"]`)?.focus();
  }, [focusRequest]);

  function move(card: BoardCardData, stage: BoardStage, reason?: string, emailTemplate?: string, rejectionReasonId?: string) {
    setError(null);
    startTransition(async () => {
      applyMove({ id: card.id, stageId: stage.id });
      const form = new FormData();
      form.set('applicationId', String(card.id));
      form.set('stageId', String(stage.id));
      form.set('expectedStageId', String(card.stageId));
      if (reason) form.set('reason', reason);
      if (rejectionReasonId) form.set('rejectionReasonId', rejectionReasonId);
      if (emailTemplate) form.set('emailTemplate', emailTemplate);
      const result = await moveStage(idleState, form);
      if (result.status === 'error') {
        const detail = result.fieldErrors?.rejectionReasonId?.[0] ?? result.fieldErrors?.reason?.[0] ?? result.fieldErrors?.stageId?.[0] ?? result.fieldErrors?.emailTemplate?.[0] ?? result.message;
        setError(`${card.name} was not moved. ${detail}`);
      }
    });
  }

  function drop(event: DragEvent<HTMLElement>, stage: BoardStage) {
    event.preventDefault();
    setDropTarget(null);
    const id = Number(event.dataTransfer.getData('text/plain'));
    const card = shown.find((c) => c.id === id);
    if (!card || card.stageId === stage.id) return;
    if (stage.kind === 'rejected') setRejecting({ card, stage });
    else move(card, stage);
  }

  return (
    // minmax(0, 1fr): the columns scroll inside the board instead of widening the page.
    <div className="grid min-w-0 grid-cols-[minmax(0,1fr)] gap-3">
      {/* Dragging needs JavaScript; until it runs, only the cards' forms work. */}
      <p className="text-sm text-gray-600">
        {hydrated ? 'Drag a card to another column, or use “Move to…” on the card.' : 'Use “Move to…” on a card to move it.'}
      </p>
      <p role="status" className="min-h-5 text-sm font-medium text-gray-900">
        {announcement}
      </p>
      {error ? <Alert variant="error">{error}</Alert> : null}
      <div className="-mx-4 overflow-x-auto px-4 pb-3 sm:mx-0 sm:px-0">
        {/* On wide screens the columns share the width, so the six default stages fit without
            scrolling (a drag that has to scroll the board is easy to lose); more stages scroll. */}
        <div className="flex min-w-max items-start gap-3 xl:min-w-0">
          {stages.map((stage) => {
            const columnCards = shown.filter((c) => c.stageId === stage.id);
            const serverCount = cards.filter((c) => c.stageId === stage.id).length;
            const total = stage.count + columnCards.length - serverCount;
            const headingId = `stage-${stage.id}-heading`;
            return (
              <section
                key={stage.id}
                aria-labelledby={headingId}
                data-stage-id={stage.id}
                onDragOver={(event) => {
                  if (!dragging || dragging.stageId === stage.id) return;
                  event.preventDefault();
                  event.dataTransfer.dropEffect = 'move';
                  setDropTarget(stage.id);
                }}
                onDragLeave={(event) => {
                  if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDropTarget(null);
                }}
                onDrop={(event) => drop(event, stage)}
                className={cn('grid w-72 shrink-0 gap-2 rounded-lg bg-gray-100 p-2 xl:w-auto xl:min-w-48 xl:flex-1', dropTarget === stage.id && 'ring-2 ring-accent')}
              >
                <h2 id={headingId} className="flex items-baseline justify-between px-1 text-sm font-semibold text-gray-900">
                  {stage.name}
                  <span className="text-xs font-medium text-gray-600 tabular-nums">
                    {total.toLocaleString('en-US')}
                    <span className="sr-only"> applicant{total === 1 ? '' : 's'}</span>
                  </span>
                </h2>
                {columnCards.length === 0 ? (
                  <p className="rounded-md border border-dashed border-gray-300 px-3 py-6 text-center text-xs text-gray-600">No applicants</p>
                ) : (
                  <ol className="grid gap-2">
                    {columnCards.map((card, index) => (
                      <BoardCard
                        key={card.id}
                        card={card}
                        anchorId={index > 0 && index % BOARD_PAGE_SIZE === 0 ? firstCardOfPageId(stage.id, index) : undefined}
                        stages={stages}
                        emailTemplates={emailTemplates}
                        rejectionReasons={rejectionReasons}
                        dragging={dragging?.id === card.id}
                        onDragStart={(event) => {
                          event.dataTransfer.setData('text/plain', String(card.id));
                          event.dataTransfer.effectAllowed = 'move';
                          setDragging(card);
                        }}
                        onDragEnd={() => {
                          setDragging(null);
                          setDropTarget(null);
                        }}
                      />
                    ))}
                  </ol>
                )}
                {total > columnCards.length && stage.moreHref ? (
                  <Link
                    href={stage.moreHref}
                    onClick={() => setExpanding({ stageId: stage.id, from: serverCount, cards })}
                    className="px-1 text-sm font-medium text-accent underline underline-offset-4"
                  >
                    Show {Math.min(BOARD_PAGE_SIZE, total - columnCards.length)} more<span className="sr-only"> in {stage.name}</span>
                  </Link>
                ) : null}
                {total > columnCards.length ? (
                  <Link href={applicantsHref(jobId, { stage: stage.id })} className="px-1 text-sm font-medium text-accent underline underline-offset-4">
                    Show all {total.toLocaleString('en-US')} in table<span className="sr-only"> ({stage.name})</span>
                  </Link>
                ) : null}
              </section>
            );
          })}
        </div>
      </div>
      <RejectDialog
        target={rejecting ? { applicationId: rejecting.card.id, applicantName: rejecting.card.name, stageName: rejecting.stage.name } : null}
        emailTemplates={emailTemplates}
        rejectionReasons={rejectionReasons}
        onCancel={() => setRejecting(null)}
        onConfirm={(reason, emailTemplate, rejectionReasonId) => {
          if (rejecting) move(rejecting.card, rejecting.stage, reason, emailTemplate, rejectionReasonId);
          setRejecting(null);
        }}
      />
    </div>
  );
}
