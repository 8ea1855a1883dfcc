'use client';

import { useDeferredValue, useMemo } from 'react';
import { renderMarkdown } from '@/lib/markdown/render';

/**
 * The description as candidates will see it, rendered in the browser by the public page's own
 * renderer and sanitizer. Deferred, so typing stays quick in a long description. Without
 * JavaScript it shows the description as it was when the page loaded.
 */
export function MarkdownPreview({ markdown }: { markdown: string }) {
  const deferred = useDeferredValue(markdown);
  const html = useMemo(() => renderMarkdown(deferred), [deferred]);
  return (
    <div className="grid content-start gap-2">
      <p id="description-preview-label" className="text-sm leading-5 font-medium text-gray-900">
        Preview
      </p>
      {/* Focusable, so a keyboard can scroll a long preview. */}
      <div
        role="region"
        aria-labelledby="description-preview-label"
        tabIndex={0}
        className="min-h-24 rounded-md border border-gray-200 bg-gray-50 px-4 py-1 lg:max-h-[36rem] lg:overflow-y-auto"
      >
        {html ? (
          // renderMarkdown's output is sanitized (allow-listed tags, http/https/mailto links only).
          <div className="prose-posting" dangerouslySetInnerHTML={{ __html: html }} />
        ) : (
          <p className="py-3 text-sm text-gray-600">The description will appear here as you write it.</p>
        )}
      </div>
    </div>
  );
}
