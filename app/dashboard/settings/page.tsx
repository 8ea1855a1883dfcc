import type { Metadata } from 'next';
import { NotificationPreferenceForm } from '@/components/dashboard/notification-preference-form';
import { TimeZoneForm } from '@/components/dashboard/time-zone-form';
import { getNotificationPreference } from '@/db/queries/notifications';
import { getTimeZones } from '@/db/queries/time-zones';
import { timeZoneChoices } from '@/lib/time-zone';
import { updateTimeZoneAction } from './time-zone-action';
import { requireUser } from '@/lib/auth/session';
import { updateNotificationPreferenceAction } from './actions';

export const metadata: Metadata = { title: 'Your settings', robots: { index: false } };

export default async function DashboardSettingsPage() {
  const user = await requireUser();
  const [preference, zones] = await Promise.all([getNotificationPreference(user).then((p) => p ?? 'instant'), getTimeZones(user.id)]);
  return (
    <div className="grid max-w-2xl gap-6">
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight text-gray-900">Your settings</h1>
        <p className="text-gray-700">Emails go to {user.email}, for the jobs whose hiring team you are on.</p>
      </div>
      <section className="rounded-lg border border-gray-200 bg-white p-5 sm:p-6">
        <NotificationPreferenceForm action={updateNotificationPreferenceAction} current={preference} />
      </section>
      <section className="rounded-lg border border-gray-200 bg-white p-5 sm:p-6">
        <TimeZoneForm action={updateTimeZoneAction} current={zones.user} companyZone={zones.company} zones={timeZoneChoices()} />
      </section>
    </div>
  );
}
