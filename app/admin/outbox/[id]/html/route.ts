import { authorizationStatus, authorizeAction } from '@/lib/auth/guards';
import { outboxEmailForAdmin } from '@/lib/mail/admin-outbox';
import { emailPreviewDocument } from '@/lib/mail/preview-document';
import { parseOutboxId } from '../../params';

export const dynamic = 'force-dynamic';

/**
 * One email's HTML part, opened from /admin/outbox/<id>. Admins only. Served as its own document
 * under next.config.ts's file rules (`sandbox` CSP: no scripts, no forms, an opaque origin;
 * nothing loaded from elsewhere), so the email's markup never becomes part of an admin page.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const auth = await authorizeAction('admin');
  if (!auth.ok) return new Response(null, { status: authorizationStatus(auth.error), headers: { 'Cache-Control': 'no-store' } });
  const id = parseOutboxId((await params).id);
  const email = id === null ? null : await outboxEmailForAdmin(auth.user, id);
  if (!email) return new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } });
  return new Response(emailPreviewDocument(email.html), {
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'private, no-store' },
  });
}
