import Link from 'next/link';

/** "← All jobs": the way up from an admin page; the arrow is decoration, the words are the name. */
export function BackLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <Link href={href} className="w-fit text-sm font-medium text-gray-700 underline underline-offset-4 hover:text-gray-900">
      <span aria-hidden="true">← </span>
      {children}
    </Link>
  );
}
