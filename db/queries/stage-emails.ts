import 'server-only';
import { eq } from 'drizzle-orm';
import { db as appDb } from '@/db';
import type { DbOrTx } from '@/db/client';
import { applications, candidates, jobs, settings } from '@/db/schema';
import { enqueueEmail } from '@/lib/mail/outbox';
import { renderTemplate, templateValues, type RenderedEmail } from '@/lib/mail/template-render';
import { canAccessJob, type Actor } from './access';
import { loadTemplateText } from './email-templates';

export interface StageEmail extends RenderedEmail {
  to: string;
}

/** One template rendered for one applicant: the exact email a move with it would queue. */
export async function renderStageEmail(conn: DbOrTx, applicationId: number, templateSlug: string): Promise<StageEmail | null> {
  const template = await loadTemplateText(conn, templateSlug);
  if (!template) return null;
  const [row] = await conn
    .select({ email: candidates.email, firstName: candidates.firstName, lastName: candidates.lastName, jobTitle: jobs.title, companyName: settings.companyName })
    .from(applications)
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .innerJoin(settings, eq(settings.id, 1))
    .where(eq(applications.id, applicationId));
  if (!row) return null;
  return { to: row.email, ...renderTemplate(template, templateValues(row)) };
}

/**
 * Queues the template's email for the applicant of a stage move, in the move's transaction.
 * Keyed by the stage event, so one move emails at most once however often this runs.
 */
export async function enqueueStageEmail(tx: DbOrTx, input: { stageEventId: number; applicationId: number; templateSlug: string }): Promise<boolean> {
  const email = await renderStageEmail(tx, input.applicationId, input.templateSlug);
  if (!email) throw new Error(`Stage email: template ${input.templateSlug} or application ${input.applicationId} vanished mid-move`);
  const { enqueued } = await enqueueEmail(tx, {
    kind: `stage-change:${input.templateSlug}`,
    dedupeKey: `stage-email:${input.stageEventId}`,
    to: email.to,
    subject: email.subject,
    html: email.html,
    text: email.text,
  });
  return enqueued;
}

/** The move form's preview: only for someone who may act on the applicant's job. */
export async function previewStageEmail(actor: Actor, applicationId: number, templateSlug: string, conn: DbOrTx = appDb): Promise<StageEmail | null> {
  const [app] = await conn.select({ jobId: applications.jobId }).from(applications).where(eq(applications.id, applicationId));
  if (!app || !(await canAccessJob(actor, app.jobId, conn))) return null;
  return renderStageEmail(conn, applicationId, templateSlug);
}
