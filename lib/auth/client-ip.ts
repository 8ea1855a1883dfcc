/**
 * The client's IP for rate limiting: the first X-Forwarded-For hop, else X-Real-IP. Both are
 * only as trustworthy as the reverse proxy in front of the app, which must overwrite (not
 * append to) them; see .env.example. Null when neither is there.
 */
export function clientIp(headers: Pick<Headers, 'get'>): string | null {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  const candidate = forwarded || headers.get('x-real-ip')?.trim();
  if (!candidate) return null;
  // A header is attacker-shaped text until checked: keep keys short and plausible.
  return /^[0-9a-fA-F.:]{2,45}$/.test(candidate) ? candidate.toLowerCase() : null;
}
