// Human-readable place names. Client-safe: used by cards, pages and the search text.

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

export function countryName(countryCode: string): string {
  try {
    return regionNames.of(countryCode) ?? countryCode;
  } catch {
    return countryCode;
  }
}

export interface PlaceParts {
  city: string | null;
  region: string | null;
  countryCode: string;
  remoteArea?: string | null;
}

/** "Austin, TX, United States" / "Remote — European Union". */
export function formatLocation(place: PlaceParts, workplace?: 'on_site' | 'hybrid' | 'remote'): string {
  const parts = [place.city, place.region, countryName(place.countryCode)].filter(Boolean);
  if (workplace === 'remote' && !place.city) return `Remote — ${place.remoteArea ?? countryName(place.countryCode)}`;
  return parts.join(', ');
}
