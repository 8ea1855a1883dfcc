import Link from 'next/link';

import { Container } from './container';

export type SiteFooterProps = {
  companyName: string;
  /**
   * Defaults to the current year. Pass it explicitly from a cached scope if the layout is
   * prerendered with cacheComponents, where reading the clock in a server component is refused.
   */
  year?: number;
};

export function SiteFooter({ companyName, year = new Date().getFullYear() }: SiteFooterProps) {
  return (
    <footer className="mt-auto border-t border-gray-200 bg-white">
      <Container className="flex flex-col gap-3 py-8 text-sm text-gray-600 sm:flex-row sm:items-center sm:justify-between">
        <p>
          © {year} {companyName} · Powered by Portico
        </p>
        <nav aria-label="Footer">
          <Link href="/jobs" className="inline-flex min-h-11 items-center underline underline-offset-4 hover:text-gray-900 sm:min-h-0">
            All open jobs
          </Link>
        </nav>
      </Container>
    </footer>
  );
}
