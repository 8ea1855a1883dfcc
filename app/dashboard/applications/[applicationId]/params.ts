/** A route's id segment as a database id, or null for anything else ("12abc", "-1", beyond int4). */
export function parseId(value: string): number | null {
  if (!/^[1-9]\d{0,9}$/.test(value)) return null;
  const id = Number(value);
  return id <= 2_147_483_647 ? id : null;
}
