'use client';

import { useEffect, useId, useRef } from 'react';
import { Checkbox } from '@/components/ui/checkbox';
import { Label } from '@/components/ui/label';
import { useHydrated } from './use-hydrated';

const NAME = 'applicationIds';

function rowBoxes(form: HTMLFormElement | null | undefined): HTMLInputElement[] {
  return [...(form?.querySelectorAll<HTMLInputElement>(`input[name="${NAME}"]`) ?? [])];
}

/**
 * Checks every row of its form at once. It needs JavaScript, so it only appears once the page
 * is interactive; without it each row's own checkbox still works.
 */
export function SelectAllCheckbox({ label }: { label: string }) {
  const hydrated = useHydrated();
  const ref = useRef<HTMLInputElement>(null);
  const id = useId();

  // Follow the rows: checked when all are, "mixed" when some are.
  useEffect(() => {
    const form = ref.current?.form;
    if (!form) return;
    const sync = () => {
      if (!ref.current) return;
      const boxes = rowBoxes(form);
      const checked = boxes.filter((b) => b.checked).length;
      ref.current.checked = boxes.length > 0 && checked === boxes.length;
      ref.current.indeterminate = checked > 0 && checked < boxes.length;
    };
    // A form reset fires before the boxes are cleared.
    const afterReset = () => setTimeout(sync);
    sync();
    form.addEventListener('change', sync);
    form.addEventListener('reset', afterReset);
    return () => {
      form.removeEventListener('change', sync);
      form.removeEventListener('reset', afterReset);
    };
  }, [hydrated]);

  if (!hydrated) return null;
  return (
    <div className="flex items-center gap-2">
      <Checkbox
        ref={ref}
        id={id}
        onChange={(event) => {
          for (const box of rowBoxes(event.currentTarget.form)) box.checked = event.currentTarget.checked;
        }}
      />
      <Label htmlFor={id}>{label}</Label>
    </div>
  );
}
