import { countryName } from '@/lib/domain/location';

export interface LocationParts {
  city: string | null;
  region: string | null;
  countryCode: string;
  remoteArea: string | null;
}

/** How the admin tells locations apart: "Austin, TX, United States", "Germany — remote: European Union". */
export function locationLabel(place: LocationParts): string {
  const where = [place.city, place.region, countryName(place.countryCode)].filter(Boolean).join(', ');
  return place.remoteArea ? `${where} — remote: ${place.remoteArea}` : where;
}
