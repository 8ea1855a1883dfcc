import 'server-only';
import { eq } from 'drizzle-orm';
import { db as appDb } from '@/db';
import type { DbOrTx } from '@/db/client';
import { applications, candidates, jobs, settings } from '@/db/schema';
import { renderTemplate, templateValues, type RenderedEmail } from '@/lib/domain/template-render';
import { canAccessJob, type Actor } from './access';
import { loadTemplateText } from './email-templates';
import { insertOutboxEmail } from './outbox-writes';

export interface StageEmail extends RenderedEmail {
  to: string;
}

/** One template rendered for one applicant: the exact email a move with it would queue. */
export async function renderStageEmail(conn: DbOrTx, applicationId: number, templateSlug: string): Promise<StageEmail | null> {
  const template = await loadTemplateText(conn, templateSlug);
  if (!template) return null;
  const [row] = await conn
    .select({
      email: candidates.email,
      firstName: applications.firstName,
      lastName: applications.lastName,
      purgedAt: candidates.personalDataPurgedAt,
      jobTitle: jobs.title,
      companyName: settings.companyName,
    })
    .from(applications)
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .innerJoin(settings, eq(settings.id, 1))
    .where(eq(applications.id, applicationId));
  // After the retention purge there is nobody left to write to.
  if (!row || row.purgedAt) return null;
  return { to: row.email, ...renderTemplate(template, templateValues(row)) };
}

/**
 * Queues the template's email for the applicant of a stage move, in the move's transaction.
 * Keyed by the stage event, so one move emails at most once however often this runs.
 */
export async function enqueueStageEmail(tx: DbOrTx, input: { stageEventId: number; applicationId: number; templateSlug: string }): Promise<boolean> {
  // The move checked the template and holds the application's lock: null means the candidate's
  // personal data was purged, so the move goes ahead without an email.
  const email = await renderStageEmail(tx, input.applicationId, input.templateSlug);
  if (!email) return false;
  const { enqueued } = await insertOutboxEmail(tx, {
    kind: `stage-change:${input.templateSlug}`,
    dedupeKey: `stage-email:${input.stageEventId}`,
    to: email.to,
    subject: email.subject,
    html: email.html,
    text: email.text,
    about: { applicationIds: [input.applicationId], audience: 'candidate' },
  });
  return enqueued;
}

/** The move form's preview: only for someone who may act on the applicant's job. */
export async function previewStageEmail(actor: Actor, applicationId: number, templateSlug: string, conn: DbOrTx = appDb): Promise<StageEmail | null> {
  const [app] = await conn.select({ jobId: applications.jobId }).from(applications).where(eq(applications.id, applicationId));
  if (!app || !(await canAccessJob(actor, app.jobId, conn))) return null;
  return renderStageEmail(conn, applicationId, templateSlug);
}
