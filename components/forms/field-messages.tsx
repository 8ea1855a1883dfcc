import { VisuallyHidden } from '@/components/ui/visually-hidden';

/** A field's errors under it, linked by `${id}-error` (see fieldAria); always rendered so the live region exists first. */
export function FieldMessages({ id, messages }: { id: string; messages?: string[] }) {
  return (
    <div id={`${id}-error`} aria-live="polite" className="empty:hidden">
      {messages?.map((message) => (
        <p key={message} className="text-sm font-medium text-red-700">
          <VisuallyHidden>Error: </VisuallyHidden>
          {message}
        </p>
      ))}
    </div>
  );
}
