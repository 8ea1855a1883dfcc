import { safeHttpUrl } from './format';

/**
 * A candidate-supplied address: a link only when it is http(s), plain text otherwise. The rel
 * keeps the opened page from reaching back to this one and passes no referrer or ranking.
 */
export function ExternalLink({ href, children }: { href: string | null; children?: React.ReactNode }) {
  const safe = safeHttpUrl(href);
  if (!safe) return <span className="break-all">{href}</span>;
  return (
    <a
      href={safe}
      target="_blank"
      rel="noopener noreferrer nofollow"
      className="break-all text-accent underline decoration-1 underline-offset-4 hover:decoration-2"
    >
      {children ?? href}
      <span className="sr-only"> (opens in a new tab)</span>
    </a>
  );
}
