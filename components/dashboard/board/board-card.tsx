'use client';

import Link from 'next/link';
import { useState, type DragEvent } from 'react';
import { formatRating, formatShortDate } from '@/lib/dashboard/format';
import { cn } from '@/lib/utils';
import type { EmailTemplateOption } from '../email-template-select';
import type { RejectionReasonChoice } from '../rejection-reason-select';
import { StageMoveForm, type StageOption } from '../stage-move-form';
import { useHydrated } from '../use-hydrated';
import type { BoardCardData } from './types';

export interface BoardCardProps {
  card: BoardCardData;
  stages: StageOption[];
  emailTemplates?: EmailTemplateOption[];
  rejectionReasons?: RejectionReasonChoice[];
  /** Set on the first card of each page of a column: "Show more" links land on it. */
  anchorId?: string;
  dragging: boolean;
  onDragStart: (event: DragEvent<HTMLLIElement>) => void;
  onDragEnd: () => void;
}

/** One applicant on the board: draggable, and movable without a mouse through "Move to…". */
export function BoardCard({ card, stages, emailTemplates, rejectionReasons, anchorId, dragging, onDragStart, onDragEnd }: BoardCardProps) {
  // While the form is open the card is not draggable, so its select and text box work as usual.
  const [formOpen, setFormOpen] = useState(false);
  // Dragging does nothing until the board's script runs, so the card only offers it from then on.
  const draggable = useHydrated() && !formOpen;
  return (
    <li
      id={anchorId}
      draggable={draggable}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      data-application-id={card.id}
      className={cn('board-card', draggable && 'cursor-grab active:cursor-grabbing', dragging && 'opacity-50')}
    >
      <h3 className="board-card-name">
        <Link href={`/dashboard/applications/${card.id}`} draggable={false} data-card-link={card.id}>
          {card.name}
        </Link>
      </h3>
      <p className="board-card-meta">
        Applied <time dateTime={card.submittedAt.toISOString()}>{formatShortDate(card.submittedAt)}</time>
        <span aria-hidden="true"> · </span>
        <span className="sr-only">, </span>
        Rating {formatRating(card.ratingAverage)}
        {card.ratingAverage === null ? <span className="sr-only"> (not rated yet)</span> : null}
      </p>
      <details className="board-card-move" onToggle={(event) => setFormOpen(event.currentTarget.open)}>
        <summary>
          Move to…<span className="sr-only"> {card.name}</span>
        </summary>
        <StageMoveForm applicationId={card.id} currentStageId={card.stageId} stages={stages} applicantName={card.name} emailTemplates={emailTemplates} rejectionReasons={rejectionReasons} compact className="mt-2" />
      </details>
    </li>
  );
}
