import 'server-only';
import { unstable_cache } from 'next/cache';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { settings } from '@/db/schema';
import { TAGS } from '@/lib/domain/cache-tags';

export interface PublicSettings {
  companyName: string;
  companySlug: string;
  companyUrl: string | null;
  logoUrl: string | null;
  accentColor: string;
  careersIntro: string;
  privacyText: string;
}

/** The columns behind PublicSettings; the admin's settings query selects these and more. */
export const publicSettingsColumns = {
  companyName: settings.companyName,
  companySlug: settings.companySlug,
  companyUrl: settings.companyUrl,
  logoUrl: settings.logoUrl,
  accentColor: settings.accentColor,
  careersIntro: settings.careersIntro,
  privacyText: settings.privacyText,
};

async function loadSettings(): Promise<PublicSettings> {
  const [row] = await db
    .select(publicSettingsColumns)
    .from(settings)
    .where(eq(settings.id, 1));
  if (!row) throw new Error('Company settings are missing: run `npm run db:seed`.');
  return row;
}

/** Company name, colours and privacy text: read on every public page, so cached until an admin edits them. */
export const getPublicSettings = unstable_cache(loadSettings, ['public-settings'], { tags: [TAGS.settings] });
