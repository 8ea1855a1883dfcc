// URL slugs for jobs, made from their titles. Client-safe: the editor suggests one as you type.

/** Matches the database's jobs_slug_format check. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const MAX_SLUG_LENGTH = 80;

/** "Senior Software Engineer (Backend)" → "senior-software-engineer-backend"; '' when nothing usable is left. */
export function slugify(text: string): string {
  const words = text
    .normalize('NFKD')
    // Combining marks left by NFKD: "Café" → "Cafe".
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    // Whole words only, so a long title never ends in half a word.
    if (next.length > MAX_SLUG_LENGTH) return slug || word.slice(0, MAX_SLUG_LENGTH);
    slug = next;
  }
  return slug;
}

/** The base slug and its numbered alternatives (-2, -3, …) to try when the base is taken. */
export function slugCandidates(base: string, count = 20): string[] {
  const root = base || 'job';
  const candidates = [root];
  for (let n = 2; n <= count; n++) {
    const suffix = `-${n}`;
    candidates.push(`${root.slice(0, MAX_SLUG_LENGTH - suffix.length).replace(/-+$/, '')}${suffix}`);
  }
  return candidates;
}
