import 'server-only';
import { and, eq } from 'drizzle-orm';
import { db as appDb } from '@/db';
import type { DbOrTx } from '@/db/client';
import { applications, candidates, jobs, settings } from '@/db/schema';
import { visibleToActor, type Actor } from './access';
import { loadTemplateText } from './email-templates';

export interface CandidateEmailContext {
  applicationId: number;
  jobId: number;
  email: string;
  firstName: string;
  lastName: string;
  jobTitle: string;
  companyName: string;
  /** The job's Reply-To, else the company's; null: the sender's address. */
  replyTo: string | null;
  purged: boolean;
}

/** Who the email goes to and what fills its placeholders; null when the actor may not see the application. */
export async function getCandidateEmailContext(actor: Actor, applicationId: number, conn: DbOrTx = appDb): Promise<CandidateEmailContext | null> {
  const [row] = await conn
    .select({
      applicationId: applications.id,
      jobId: jobs.id,
      email: candidates.email,
      firstName: applications.firstName,
      lastName: applications.lastName,
      jobTitle: jobs.title,
      companyName: settings.companyName,
      jobReplyTo: jobs.replyToEmail,
      companyReplyTo: settings.replyToEmail,
      purgedAt: candidates.personalDataPurgedAt,
    })
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .innerJoin(settings, eq(settings.id, 1))
    .where(and(eq(applications.id, applicationId), visibleToActor(actor)));
  if (!row) return null;
  const { jobReplyTo, companyReplyTo, purgedAt, ...rest } = row;
  return { ...rest, replyTo: jobReplyTo ?? companyReplyTo, purged: purgedAt !== null };
}

/** A template's text to start a message from (the compose page's "Use template"). */
export function getComposeTemplate(slug: string, conn: DbOrTx = appDb) {
  return loadTemplateText(conn, slug);
}
