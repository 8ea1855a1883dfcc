// Opaque page cursors: base64url of [publishedAt ISO, id] of a page's last job. Clients must
// not build them; a cursor that does not decode is a 422, never a database error.

export interface JobCursor {
  publishedAt: Date;
  id: number;
}

export function encodeJobCursor(cursor: JobCursor): string {
  return Buffer.from(JSON.stringify([cursor.publishedAt.toISOString(), cursor.id])).toString('base64url');
}

export function decodeJobCursor(value: string): JobCursor | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(value)) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 2) return null;
    const [iso, id] = parsed as [unknown, unknown];
    if (typeof iso !== 'string' || typeof id !== 'number' || !Number.isInteger(id) || id < 1 || id > 2_147_483_647) return null;
    const publishedAt = new Date(iso);
    if (Number.isNaN(publishedAt.getTime()) || publishedAt.toISOString() !== iso) return null;
    return { publishedAt, id };
  } catch {
    return null;
  }
}
