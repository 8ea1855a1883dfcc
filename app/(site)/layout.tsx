import type { CSSProperties } from 'react';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { getPublicSettings } from '@/db/queries/settings';
import { HEX_COLOR, readableForeground } from '@/lib/color-contrast';

// The public site: company name and accent colour come from settings (cached by tag).
export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const company = await getPublicSettings();
  // Buttons and badges put text-accent-foreground on the accent: black or white, whichever is readable.
  const accent = HEX_COLOR.test(company.accentColor) ? company.accentColor : '#4f46e5';
  const style = { '--accent': accent, '--accent-foreground': readableForeground(accent) } as CSSProperties;
  return (
    <div className="flex min-h-dvh flex-col" style={style}>
      <SiteHeader companyName={company.companyName} logoUrl={company.logoUrl} />
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        {children}
      </main>
      <SiteFooter companyName={company.companyName} />
    </div>
  );
}
