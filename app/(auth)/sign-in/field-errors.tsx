import { VisuallyHidden } from '@/components/ui/visually-hidden';

/** A field's errors, right under it; always rendered so the live region exists before it fills. */
export function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  return (
    <div id={`${id}-error`} aria-live="polite" className="empty:hidden">
      {errors?.map((message) => (
        <p key={message} className="text-sm font-medium text-red-700">
          <VisuallyHidden>Error: </VisuallyHidden>
          {message}
        </p>
      ))}
    </div>
  );
}
