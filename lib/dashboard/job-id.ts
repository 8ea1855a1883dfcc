/** A job id from a URL segment, or null for anything that is not a plain positive integer. */
export function parseJobId(segment: string): number | null {
  if (!/^[1-9]\d{0,9}$/.test(segment)) return null;
  const id = Number(segment);
  return id <= 2_147_483_647 ? id : null;
}
