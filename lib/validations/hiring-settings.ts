// The hiring-loop settings forms: a user's time zone, the company's zone/Reply-To/stage editing,
// a job's Reply-To. Client-safe.
import { z } from 'zod';
import { canonicalTimeZone } from '@/lib/time-zone';

export const HIRING_SETTINGS_MESSAGES = {
  timeZone: 'Choose a time zone from the list (an IANA name such as Europe/Paris)',
  replyTo: 'Enter an email address such as talent@example.com, or leave it empty',
} as const;

export const timeZoneField = z
  .string({ message: HIRING_SETTINGS_MESSAGES.timeZone })
  .transform((value, ctx) => {
    const zone = canonicalTimeZone(value);
    if (!zone) {
      ctx.addIssue({ code: 'custom', message: HIRING_SETTINGS_MESSAGES.timeZone });
      return z.NEVER;
    }
    return zone;
  });

export const replyToField = z
  .string()
  .trim()
  .max(254, HIRING_SETTINGS_MESSAGES.replyTo)
  .transform((s) => s.toLowerCase() || null)
  .pipe(z.email(HIRING_SETTINGS_MESSAGES.replyTo).nullable());

/** '' means "the company's zone". */
export const userTimeZoneSchema = z.object({ timeZone: z.union([z.literal('').transform(() => null), timeZoneField]) });

export const hiringSettingsSchema = z.object({
  timeZone: timeZoneField,
  replyToEmail: replyToField,
  teamsEditStages: z.preprocess((value) => value === 'on' || value === true, z.boolean()),
  eeoEnabled: z.preprocess((value) => value === 'on' || value === true, z.boolean()),
});
export type HiringSettingsInput = z.infer<typeof hiringSettingsSchema>;
export type HiringSettingsField = keyof HiringSettingsInput;

export const jobReplyToSchema = z.object({ jobId: z.coerce.number().int().positive().max(2_147_483_647), replyToEmail: replyToField });
