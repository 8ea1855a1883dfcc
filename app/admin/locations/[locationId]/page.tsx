import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DeleteForm } from '@/components/admin/taxonomy/delete-form';
import { LocationForm } from '@/components/admin/taxonomy/location-form';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { getLocation } from '@/db/queries/taxonomy';
import { requireRole } from '@/lib/auth/session';
import { locationLabel } from '@/lib/domain/location-label';
import { positiveIntParam } from '@/lib/jobs/route-params';
import { countryOptions } from '@/lib/validations/taxonomy';
import { deleteLocationAction, updateLocationAction } from '../actions';
import { BackLink } from '@/components/admin/back-link';

export const metadata: Metadata = { title: 'Edit location' };

export default async function EditLocationPage({ params }: { params: Promise<{ locationId: string }> }) {
  await requireRole('admin');
  const id = positiveIntParam((await params).locationId);
  const location = id === null ? null : await getLocation(id);
  if (!location) notFound();
  const initial = { city: location.city ?? '', region: location.region ?? '', countryCode: location.countryCode, remoteArea: location.remoteArea ?? '' };

  return (
    <div className="grid max-w-2xl gap-6">
      <div className="grid gap-3">
        <BackLink href="/admin/locations">All locations</BackLink>
        <h1 className="text-2xl font-semibold tracking-tight text-balance text-gray-900">{locationLabel(location)}</h1>
      </div>
      <Card>
        <CardHeader>
          <CardTitle>Edit</CardTitle>
          <CardDescription>Its jobs, their pages and the board show the change at once.</CardDescription>
        </CardHeader>
        <CardContent>
          <LocationForm action={updateLocationAction.bind(null, location.id)} initial={initial} countries={countryOptions()} submitLabel="Save changes" />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Delete</CardTitle>
          <CardDescription>Only a location no job uses (not even a closed or archived one) can be deleted.</CardDescription>
        </CardHeader>
        <CardContent>
          <DeleteForm action={deleteLocationAction.bind(null, location.id)} label="Delete location" />
        </CardContent>
      </Card>
    </div>
  );
}
