import type { Metadata } from 'next';
import { LocationForm } from '@/components/admin/taxonomy/location-form';
import { TaxonomyTable } from '@/components/admin/taxonomy/taxonomy-table';
import { Alert } from '@/components/ui/alert';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { listLocations } from '@/db/queries/taxonomy';
import { requireRole } from '@/lib/auth/session';
import { queryValue } from '@/lib/jobs/route-params';
import { countryOptions } from '@/lib/validations/taxonomy';
import { createLocationAction } from './actions';

export const metadata: Metadata = { title: 'Locations' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const NOTICES: Record<string, string> = { saved: 'Location saved.', deleted: 'Location deleted.' };

export default async function LocationsPage({ searchParams }: Props) {
  await requireRole('admin');
  const [locations, query] = await Promise.all([listLocations(), searchParams]);
  const created = queryValue(query.created);
  const notice = created ? 'Location added.' : NOTICES[queryValue(query.notice) ?? ''];

  return (
    <div className="grid gap-6">
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight text-gray-900">Locations</h1>
        <p className="text-gray-700">Where jobs are: a city and country, or for remote jobs the area people may work from.</p>
      </div>
      {notice ? <Alert variant="success">{notice}</Alert> : null}
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        {locations.length > 0 ? (
          <TaxonomyTable caption="Locations" nameHeading="Location" rows={locations.map((l) => ({ id: l.id, label: l.label, href: `/admin/locations/${l.id}`, jobCount: l.jobCount }))} />
        ) : (
          <EmptyState title="No locations yet" description="Add the first one with the form." />
        )}
        <Card>
          <CardHeader>
            <CardTitle>Add a location</CardTitle>
          </CardHeader>
          <CardContent>
            {/* Keyed by the last one added, so the form starts empty again. */}
            <LocationForm key={created ?? 'new'} action={createLocationAction} countries={countryOptions()} submitLabel="Add location" />
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
