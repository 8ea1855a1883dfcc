'use client';

import { useRef, useState, type DragEvent } from 'react';

/**
 * Native HTML5 drag and drop for a list: a handle starts the drag, each row is a drop target.
 * Mouse only by nature; the "Move up" / "Move down" buttons are the keyboard and no-JS way.
 */
export function useDragReorder(onMove: (from: number, to: number) => void) {
  // A ref for the handlers: a dragover can arrive before React has re-rendered after dragstart.
  const source = useRef<number | null>(null);
  const [dragging, setDragging] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);

  const reset = () => {
    source.current = null;
    setDragging(null);
    setOver(null);
  };

  const handleProps = (index: number) => ({
    draggable: true,
    onDragStart: (event: DragEvent<HTMLElement>) => {
      event.dataTransfer.effectAllowed = 'move';
      // Firefox starts no drag without data.
      event.dataTransfer.setData('text/plain', String(index));
      const row = event.currentTarget.closest('li');
      if (row) event.dataTransfer.setDragImage(row, 24, 24);
      source.current = index;
      setDragging(index);
    },
    onDragEnd: reset,
  });

  const targetProps = (index: number) => ({
    onDragOver: (event: DragEvent<HTMLElement>) => {
      // Only our own rows: a file or text dragged in from elsewhere is not a reorder.
      if (source.current === null) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      setOver(index);
    },
    onDrop: (event: DragEvent<HTMLElement>) => {
      const from = source.current;
      if (from === null) return;
      event.preventDefault();
      if (from !== index) onMove(from, index);
      reset();
    },
  });

  return { dragging, over, handleProps, targetProps };
}
