import { findSubjectForAdmin } from '@/db/queries/subject-access';
import { getCurrentUser } from '@/lib/auth/session';
import { buildSubjectAccessZip, subjectAccessResponse } from '@/lib/subject-access/export';
import { notFoundResponse } from '../file-headers';
import { parseId } from '../params';

export const dynamic = 'force-dynamic';

/**
 * Admins only: everything held about this application's candidate (all their applications, the
 * team's notes and evaluations, staff emails naming them) as a ZIP, audited with the admin's id.
 * Anyone else gets the same 404 as for an application that does not exist.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ applicationId: string }> }) {
  const user = await getCurrentUser();
  const applicationId = parseId((await params).applicationId);
  if (!user || applicationId === null) return notFoundResponse();
  const subject = await findSubjectForAdmin({ role: user.role }, applicationId);
  if (!subject) return notFoundResponse();
  const zip = await buildSubjectAccessZip(subject.candidateId, 'admin', { actor: { id: user.id } });
  return zip ? subjectAccessResponse(zip) : notFoundResponse();
}
