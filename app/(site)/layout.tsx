import type { CSSProperties } from 'react';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { getPublicSettings } from '@/db/queries/settings';

// The public site: company name and accent colour come from settings (cached by tag).
export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const company = await getPublicSettings();
  return (
    <div className="flex min-h-dvh flex-col" style={{ '--accent': company.accentColor } as CSSProperties}>
      <SiteHeader companyName={company.companyName} logoUrl={company.logoUrl} />
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        {children}
      </main>
      <SiteFooter companyName={company.companyName} />
    </div>
  );
}
