import { describe, expect, it } from 'vitest';
import { hiringSettingsSchema, userTimeZoneSchema } from './hiring-settings';

describe('hiring settings', () => {
  it('keeps known zones, refuses unknown ones, and reads an empty zone as the company’s', () => {
    expect(userTimeZoneSchema.parse({ timeZone: 'Europe/Paris' })).toEqual({ timeZone: 'Europe/Paris' });
    expect(userTimeZoneSchema.parse({ timeZone: '' })).toEqual({ timeZone: null });
    expect(userTimeZoneSchema.safeParse({ timeZone: 'Moon/Base' }).success).toBe(false);
  });

  it('checks the Reply-To address and reads the checkbox', () => {
    expect(hiringSettingsSchema.parse({ timeZone: 'UTC', replyToEmail: ' Talent@Example.com ', teamsEditStages: 'on' })).toEqual({ timeZone: 'UTC', replyToEmail: 'talent@example.com', teamsEditStages: true, eeoEnabled: false });
    expect(hiringSettingsSchema.parse({ timeZone: 'UTC', replyToEmail: '', teamsEditStages: undefined })).toEqual({ timeZone: 'UTC', replyToEmail: null, teamsEditStages: false, eeoEnabled: false });
    expect(hiringSettingsSchema.safeParse({ timeZone: 'UTC', replyToEmail: 'not an address', teamsEditStages: undefined }).success).toBe(false);
  });
});
