'use client';

import type { MouseEvent, Ref } from 'react';
import { Alert } from '@/components/ui/alert';

export interface ErrorSummaryItem {
  /** The id of the control to jump to. */
  targetId: string;
  label: string;
  message: string;
}

export interface ErrorSummaryProps {
  title: string;
  items: readonly ErrorSummaryItem[];
  ref?: Ref<HTMLDivElement>;
}

function focusTarget(event: MouseEvent<HTMLAnchorElement>, targetId: string) {
  const target = document.getElementById(targetId);
  if (!target) return;
  // A fragment link scrolls but does not reliably focus an input; with JS, put the cursor in it.
  event.preventDefault();
  target.focus();
  target.scrollIntoView({ block: 'center' });
}

/** The list at the top of a refused form: announced at once (role=alert), each error a link to its field. */
export function ErrorSummary({ title, items, ref }: ErrorSummaryProps) {
  return (
    <div ref={ref} tabIndex={-1} className="scroll-mt-4 focus:outline-2 focus:outline-offset-2 focus:outline-red-700">
      <Alert variant="error" title={title}>
        {items.length > 0 ? (
          <ul className="mt-1 grid list-disc gap-1 pl-5">
            {items.map((item) => (
              <li key={`${item.targetId}-${item.message}`}>
                <a href={`#${item.targetId}`} onClick={(event) => focusTarget(event, item.targetId)}>
                  {item.label}: {item.message}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </Alert>
    </div>
  );
}
