import type { Metadata } from 'next';
import { HiringSettingsForm } from '@/components/admin/settings/hiring-settings-form';
import { SettingsForm } from '@/components/admin/settings/settings-form';
import { getHiringSettings } from '@/db/queries/hiring-settings';
import { timeZoneChoices } from '@/lib/time-zone';
import { updateHiringSettingsAction } from './hiring-actions';
import { Alert } from '@/components/ui/alert';
import { getAdminSettings } from '@/db/queries/admin-settings';
import { requireRole } from '@/lib/auth/session';
import { updateSettingsAction } from './actions';

export const metadata: Metadata = { title: 'Settings' };

export default async function SettingsPage() {
  const admin = await requireRole('admin');
  const [settings, hiring] = await Promise.all([getAdminSettings(admin), getHiringSettings()]);
  return (
    <div className="grid max-w-3xl gap-6">
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight text-gray-900">Settings</h1>
        <p className="text-gray-700">The company details, look and policies of the careers site.</p>
      </div>
      {settings ? (
        <SettingsForm action={updateSettingsAction} settings={settings} />
      ) : (
        <Alert variant="error" title="The settings are missing">
          Run <code>npm run db:seed</code> to create them.
        </Alert>
      )}
      <HiringSettingsForm action={updateHiringSettingsAction} settings={hiring} zones={timeZoneChoices()} />
    </div>
  );
}
