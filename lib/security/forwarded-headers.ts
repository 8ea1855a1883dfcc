/**
 * Auth.js (trustHost) and Next build absolute URLs from X-Forwarded-Proto and -Port. A value no
 * proxy would send (`javascript`, `-1`) made those URLs unparsable and the page a 500; such a
 * header is dropped, so the request is treated as if no proxy had named a scheme or port.
 */
const PROTOCOLS = new Set(['http', 'https']);

export function dropMalformedForwardedHeaders(headers: Headers): void {
  const proto = headers.get('x-forwarded-proto');
  if (proto !== null && !proto.split(',').every((p) => PROTOCOLS.has(p.trim().toLowerCase()))) headers.delete('x-forwarded-proto');
  const port = headers.get('x-forwarded-port');
  if (port !== null && !port.split(',').every((p) => /^\d{1,5}$/.test(p.trim()) && Number(p) <= 65535)) headers.delete('x-forwarded-port');
}
