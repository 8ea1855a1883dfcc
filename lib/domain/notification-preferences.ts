// How each user hears about new applications on their jobs. Client-safe: the settings form uses it.
export const NOTIFICATION_PREFERENCES = ['instant', 'digest', 'off'] as const;
export type NotificationPreference = (typeof NOTIFICATION_PREFERENCES)[number];

export const NOTIFICATION_PREFERENCE_LABELS: Record<NotificationPreference, string> = {
  instant: 'Instantly: one email per new application',
  digest: 'Daily digest: one email a day listing new applications',
  off: 'Off: no emails about new applications',
};
