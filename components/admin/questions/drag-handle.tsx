'use client';

import type { DragEvent } from 'react';

export interface DragHandleProps {
  draggable: boolean;
  onDragStart: (event: DragEvent<HTMLElement>) => void;
  onDragEnd: () => void;
}

/**
 * The grip a mouse drags a question by. Hidden from assistive technology and out of the tab
 * order on purpose: the card's "Move up" and "Move down" buttons do the same for everyone else.
 */
export function DragHandle(props: DragHandleProps) {
  return (
    <span
      {...props}
      aria-hidden="true"
      title="Drag to reorder"
      className="-ml-1 flex size-9 cursor-grab items-center justify-center rounded-md text-gray-500 hover:bg-gray-100 hover:text-gray-900 active:cursor-grabbing"
    >
      <svg viewBox="0 0 16 16" fill="currentColor" className="size-4">
        {[4, 8, 12].flatMap((y) => [6, 10].map((x) => <circle key={`${x}-${y}`} cx={x} cy={y} r="1.25" />))}
      </svg>
    </span>
  );
}
