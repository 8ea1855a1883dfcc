import { SNIPPET_MATCH_END, SNIPPET_MATCH_START } from '@/lib/domain/candidate-search';

/**
 * A resume excerpt with the matched words marked. The excerpt is the candidate's own text: it
 * is split on the query's marks and every piece rendered as text, never as HTML.
 */
export function ResumeSnippet({ snippet }: { snippet: string }) {
  const pieces = snippet.split(SNIPPET_MATCH_START).flatMap((part, index) => {
    if (index === 0) return [{ text: part, matched: false }];
    const [matched = '', rest = ''] = part.split(SNIPPET_MATCH_END);
    return [
      { text: matched, matched: true },
      { text: rest, matched: false },
    ];
  });
  return (
    <p className="text-sm text-gray-700">
      <span className="font-medium text-gray-900">Resume: </span>…
      {pieces.map((piece, index) =>
        piece.matched ? (
          <mark key={index} className="rounded-sm bg-amber-100 px-0.5 text-gray-900">
            {piece.text}
          </mark>
        ) : (
          <span key={index}>{piece.text}</span>
        ),
      )}
      …
    </p>
  );
}
