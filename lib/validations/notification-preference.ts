import { z } from 'zod';
import { NOTIFICATION_PREFERENCES } from '@/lib/domain/notification-preferences';

// The dashboard settings form and its action share this schema. Client-safe.
export const NOTIFICATION_PREFERENCE_MESSAGE = 'Choose how to hear about new applications: instantly, a daily digest, or off';

export type NotificationPreferenceField = 'notificationPreference';

export const notificationPreferenceSchema = z.object({
  notificationPreference: z.enum(NOTIFICATION_PREFERENCES, { error: NOTIFICATION_PREFERENCE_MESSAGE }),
});
