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
  dragging: boolean;
  onDragStart: (event: DragEvent<HTMLLIElement>) => void;
  onDragEnd: () => void;
}

/** One applicant on the board: draggable, and movable without a mouse through "Move to…". */
export function BoardCard({ card, stages, emailTemplates, rejectionReasons, dragging, onDragStart, onDragEnd }: BoardCardProps) {
  // While the form is open the card is not draggable, so its select and text box work as usual.
  const [formOpen, setFormOpen] = useState(false);
  // Dragging does nothing until the board's script runs, so the card only offers it from then on.
  const draggable = useHydrated() && !formOpen;
  return (
    <li
      draggable={draggable}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      data-application-id={card.id}
      className={cn(
        'grid gap-1 rounded-md border border-gray-200 bg-white p-3 shadow-xs',
        draggable && 'cursor-grab active:cursor-grabbing',
        dragging && 'opacity-50',
      )}
    >
      <h3 className="text-sm font-medium text-gray-900">
        <Link href={`/dashboard/applications/${card.id}`} draggable={false} data-card-link={card.id} className="rounded-sm underline-offset-4 hover:underline">
          {card.name}
        </Link>
      </h3>
      <p className="text-xs text-gray-600">
        Applied <time dateTime={card.submittedAt.toISOString()}>{formatShortDate(card.submittedAt)}</time>
        <span aria-hidden="true"> · </span>
        <span className="sr-only">, </span>
        Rating {formatRating(card.ratingAverage)}
        {card.ratingAverage === null ? <span className="sr-only"> (not rated yet)</span> : null}
      </p>
      <details className="mt-1 text-sm" onToggle={(event) => setFormOpen(event.currentTarget.open)}>
        <summary className="w-fit cursor-pointer rounded-sm py-1 font-medium text-gray-700 hover:text-gray-900">
          Move to…<span className="sr-only"> {card.name}</span>
        </summary>
        <StageMoveForm applicationId={card.id} currentStageId={card.stageId} stages={stages} applicantName={card.name} emailTemplates={emailTemplates} rejectionReasons={rejectionReasons} className="mt-2" />
      </details>
    </li>
  );
}
