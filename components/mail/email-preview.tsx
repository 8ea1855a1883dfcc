import { cn } from '@/lib/utils';

export interface EmailPreviewProps {
  subject: string;
  /** The plain-text body; shown as the HTML version lays it out (paragraphs, line breaks). */
  text: string;
  to?: string;
  /** Names the preview for screen readers, e.g. "Preview of the email to Ada Lovelace". */
  label: string;
  className?: string;
  /** A preview in a box of limited height scrolls; it then takes focus so keyboard users can scroll it too. */
  scrollable?: boolean;
}

/**
 * An email as the recipient will see it. Built from the plain text by React (so every value is
 * escaped), with the same paragraphs and line breaks as lib/domain/template-render's HTML.
 */
export function EmailPreview({ subject, text, to, label, className, scrollable = false }: EmailPreviewProps) {
  const paragraphs = text.replace(/\r\n?/g, '\n').trim().split(/\n\s*\n/);
  return (
    <figure
      aria-label={label}
      tabIndex={scrollable ? 0 : undefined}
      className={cn('grid gap-3 rounded-lg border border-gray-200 bg-white p-4 text-sm', scrollable && 'max-h-72 overflow-y-auto focus-visible:outline-2 focus-visible:outline-offset-2', className)}
    >
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 border-b border-gray-200 pb-3">
        {to ? (
          <>
            <dt className="font-medium text-gray-600">To</dt>
            <dd className="break-all text-gray-900">{to}</dd>
          </>
        ) : null}
        <dt className="font-medium text-gray-600">Subject</dt>
        <dd className="font-semibold break-words text-gray-900">{subject}</dd>
      </dl>
      <div className="grid gap-3 break-words text-gray-900">
        {paragraphs.map((paragraph, index) => (
          // Paragraphs can repeat; their order is fixed, so the index is a stable key.
          <p key={index} className="whitespace-pre-line">
            {paragraph}
          </p>
        ))}
      </div>
    </figure>
  );
}
