import Link from 'next/link';

import { Container } from './container';

export type SiteHeaderProps = {
  companyName: string;
  /** Logo from company settings; falls back to the company name as text. */
  logoUrl?: string | null;
};

export function SiteHeader({ companyName, logoUrl }: SiteHeaderProps) {
  return (
    <header className="border-b border-gray-200 bg-white">
      <Container className="flex h-16 items-center justify-between gap-4">
        <Link href="/jobs" className="flex min-w-0 items-center gap-3 rounded-md">
          {logoUrl ? (
            // A plain <img>: the logo URL comes from settings (uploaded file or any external host), which
            // next/image would need listed in remotePatterns. A fixed height keeps the header from shifting.
            // eslint-disable-next-line @next/next/no-img-element
            <img src={logoUrl} alt={companyName} className="h-8 w-auto max-w-32 object-contain object-left sm:max-w-40" />
          ) : (
            <span className="truncate text-base font-semibold text-gray-900">{companyName}</span>
          )}
          {/* At phone widths the company name gets the room; "Open jobs" already says where you are. */}
          <span aria-hidden="true" className="hidden h-5 w-px shrink-0 bg-gray-300 sm:block" />
          <span className="hidden shrink-0 text-sm text-gray-600 sm:inline">Careers</span>
        </Link>
        <nav aria-label="Main" className="shrink-0">
          <ul className="flex items-center gap-1">
            <li>
              <Link
                href="/jobs"
                className="inline-flex min-h-11 items-center rounded-md px-3 text-sm font-medium text-gray-700 transition-colors hover:bg-gray-100 hover:text-gray-900"
              >
                Open jobs
              </Link>
            </li>
          </ul>
        </nav>
      </Container>
    </header>
  );
}
