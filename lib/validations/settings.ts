import { z } from 'zod';
import type { ActionState } from '@/lib/action-state';
import { contrastRatio, formatRatio, HEX_COLOR, MIN_TEXT_CONTRAST } from '@/lib/color-contrast';
import { emptyToUndefined } from './fields';

// The company settings form and updateSettingsAction share this schema. Client-safe.

export const SETTINGS_LIMITS = {
  companyName: 120,
  companySlug: 60,
  url: 2000,
  careersIntro: 1000,
  privacyText: 2000,
  minRetentionDays: 30,
  maxRetentionDays: 3650,
} as const;

export const SETTINGS_MESSAGES = {
  companyName: 'Enter the company name',
  companyNameTooLong: `Keep the company name to ${SETTINGS_LIMITS.companyName} characters or fewer`,
  companySlug: 'Use lower-case letters, digits and single hyphens, like acme-inc',
  companyUrl: 'Enter a web address starting with https:// or http://',
  logoUrl: 'Enter an image address starting with https://',
  urlTooLong: `Keep the address to ${SETTINGS_LIMITS.url} characters or fewer`,
  accentColor: 'Enter a colour as # and six hex digits, like #4f46e5',
  careersIntroTooLong: `Keep the introduction to ${SETTINGS_LIMITS.careersIntro} characters or fewer`,
  privacyText: 'Enter the privacy and consent text candidates agree to',
  privacyTextTooLong: `Keep the privacy text to ${SETTINGS_LIMITS.privacyText} characters or fewer`,
  retentionDays: `Enter a whole number of days, at least ${SETTINGS_LIMITS.minRetentionDays}`,
  retentionTooLong: `Enter at most ${SETTINGS_LIMITS.maxRetentionDays} days (10 years)`,
  stale: 'Someone else saved the settings while you were editing. Reload the page to see their changes, then make yours again.',
} as const;

/**
 * The accent is also used as text on white (links, the board's "Careers at …" line) and as the
 * focus ring, so it must itself reach 4.5:1 against white; text on it is black or white,
 * whichever reads better (lib/color-contrast.ts).
 */
export function accentColorProblem(hex: string): string | null {
  if (!HEX_COLOR.test(hex)) return SETTINGS_MESSAGES.accentColor;
  const ratio = contrastRatio(hex, '#ffffff');
  if (ratio >= MIN_TEXT_CONTRAST) return null;
  return `Choose a darker colour: ${hex} has ${formatRatio(ratio)} contrast against white, and links in it need at least 4.5:1`;
}

function urlWith(protocols: readonly string[]) {
  return (value: string) => {
    try {
      const url = new URL(value);
      return protocols.includes(url.protocol) && url.hostname.includes('.') && !url.username && !url.password;
    } catch {
      return false;
    }
  };
}

const optionalUrl = (protocols: readonly string[], message: string) =>
  z.preprocess(
    emptyToUndefined,
    z.string({ error: message }).trim().max(SETTINGS_LIMITS.url, SETTINGS_MESSAGES.urlTooLong).refine(urlWith(protocols), message).optional(),
  );

export const settingsSchema = z.object({
  companyName: z
    .string({ error: SETTINGS_MESSAGES.companyName })
    .trim()
    .min(1, SETTINGS_MESSAGES.companyName)
    .max(SETTINGS_LIMITS.companyName, SETTINGS_MESSAGES.companyNameTooLong),
  companySlug: z
    .string({ error: SETTINGS_MESSAGES.companySlug })
    .trim()
    .max(SETTINGS_LIMITS.companySlug, SETTINGS_MESSAGES.companySlug)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, SETTINGS_MESSAGES.companySlug),
  companyUrl: optionalUrl(['https:', 'http:'], SETTINGS_MESSAGES.companyUrl),
  // https only: an http logo on an https page is blocked or flagged as mixed content.
  logoUrl: optionalUrl(['https:'], SETTINGS_MESSAGES.logoUrl),
  accentColor: z
    .string({ error: SETTINGS_MESSAGES.accentColor })
    .trim()
    .toLowerCase()
    .superRefine((value, ctx) => {
      const problem = accentColorProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  careersIntro: z.string().trim().max(SETTINGS_LIMITS.careersIntro, SETTINGS_MESSAGES.careersIntroTooLong).default(''),
  privacyText: z
    .string({ error: SETTINGS_MESSAGES.privacyText })
    .trim()
    .min(1, SETTINGS_MESSAGES.privacyText)
    .max(SETTINGS_LIMITS.privacyText, SETTINGS_MESSAGES.privacyTextTooLong),
  retentionDays: z.coerce
    .number({ error: SETTINGS_MESSAGES.retentionDays })
    .int(SETTINGS_MESSAGES.retentionDays)
    .min(SETTINGS_LIMITS.minRetentionDays, SETTINGS_MESSAGES.retentionDays)
    .max(SETTINGS_LIMITS.maxRetentionDays, SETTINGS_MESSAGES.retentionTooLong),
  // A checkbox sends "on" when ticked and nothing at all when not.
  requirePayRange: z.preprocess((value) => value === true || value === 'on' || value === 'true', z.boolean()),
});

export type SettingsInput = z.infer<typeof settingsSchema>;
export type SettingsField = keyof SettingsInput;
export type SettingsValues = Partial<Record<SettingsField, string | boolean>>;

export type SettingsActionState = ActionState<SettingsField> & { values?: SettingsValues };
