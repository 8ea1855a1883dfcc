import { expect, type Page } from '@playwright/test';
import { expectConfirmation, fillApplication } from './apply-form';
import { visitClean, type CspWatch } from './csp';
import { db } from './db';
import { uniqueEmail } from './files';
import { pastInterview } from './interviews';
import { addApplicants, createPipelineJob, deletePipelineJob, userId } from './pipeline-data';
import { SEEDED_SLUG } from './seeded-posting';

// The pages a person reaches, by route template, for the CSP checks on desktop and phone.

export interface Ids {
  jobId: number;
  applicationId: number;
  departmentId: number;
  locationId: number;
  userId: string;
  outboxId: number;
  /** An interview the admin took part in, on a job of its own (interviewOfTheAdmin). */
  interviewId?: number;
}

export async function seededIds(): Promise<Ids> {
  const [row] = await db()<Ids[]>`
    select j.id as "jobId",
           (select min(a.id) from applications a where a.job_id = j.id and a.resume_file_id is not null) as "applicationId",
           (select min(id) from departments) as "departmentId",
           (select min(id) from locations) as "locationId",
           (select id from users where email = 'manager@example.com') as "userId",
           (select min(id) from email_outbox) as "outboxId"
    from jobs j where j.slug = ${SEEDED_SLUG}`;
  if (!row?.applicationId || !row.departmentId || !row.locationId || !row.userId) throw new Error('Run against the seeded demo database');
  return row;
}

/** Public pages that need no data of their own (the apply flow covers the rest). */
export const PUBLIC_VISITS: ReadonlyArray<{ template: string; url: string; status?: number }> = [
  { template: '/jobs', url: '/jobs' },
  { template: '/jobs', url: '/jobs?q=enginer' },
  { template: '/board/[view]', url: '/jobs' },
  { template: '/jobs/[slug]', url: `/jobs/${SEEDED_SLUG}?utm_source=csp-check` },
  { template: '/jobs/[slug]', url: '/jobs/no-such-job', status: 404 },
  { template: '/jobs/[slug]/apply', url: `/jobs/${SEEDED_SLUG}/apply` },
  // next.config.ts rewrites an apply link with tracking parameters to this page.
  { template: '/jobs/[slug]/apply/tracked', url: `/jobs/${SEEDED_SLUG}/apply?utm_source=csp-check` },
  { template: '/applications/deleted', url: '/applications/deleted' },
  { template: '/developers', url: '/developers' },
];

/** The pages an admin reaches; {…} are filled from the database. */
export const SIGNED_IN_VISITS: ReadonlyArray<{ template: string; url: string }> = [
  { template: '/dashboard', url: '/dashboard' },
  { template: '/dashboard/jobs/[jobId]', url: '/dashboard/jobs/{jobId}' },
  { template: '/dashboard/jobs/[jobId]/board', url: '/dashboard/jobs/{jobId}/board' },
  { template: '/dashboard/applications/[applicationId]', url: '/dashboard/applications/{applicationId}' },
  { template: '/dashboard/settings', url: '/dashboard/settings' },
  { template: '/dashboard/applications/[applicationId]/email', url: '/dashboard/applications/{applicationId}/email' },
  { template: '/dashboard/applications/[applicationId]/schedule', url: '/dashboard/applications/{applicationId}/schedule' },
  { template: '/dashboard/interviews', url: '/dashboard/interviews' },
  { template: '/dashboard/interviews/[interviewId]', url: '/dashboard/interviews/{interviewId}' },
  { template: '/dashboard/interviews/[interviewId]/scorecard', url: '/dashboard/interviews/{interviewId}/scorecard' },
  { template: '/dashboard/jobs/[jobId]/interview-plan', url: '/dashboard/jobs/{jobId}/interview-plan' },
  { template: '/dashboard/jobs/[jobId]/slots', url: '/dashboard/jobs/{jobId}/slots' },
  { template: '/dashboard/jobs/[jobId]/stages', url: '/dashboard/jobs/{jobId}/stages' },
  { template: '/admin/rejection-reasons', url: '/admin/rejection-reasons' },
  { template: '/dashboard/candidates', url: '/dashboard/candidates?q=engineer' },
  { template: '/dashboard/candidates/new', url: '/dashboard/candidates/new' },
  { template: '/dashboard/candidates/pools', url: '/dashboard/candidates/pools' },
  { template: '/dashboard/reports', url: '/dashboard/reports' },
  { template: '/dashboard/reports/applicants', url: '/dashboard/reports/applicants?reached=applied' },
  { template: '/admin/eeo', url: '/admin/eeo' },
  { template: '/admin', url: '/admin' },
  { template: '/admin/api-keys', url: '/admin/api-keys' },
  { template: '/admin/audit', url: '/admin/audit' },
  { template: '/admin/departments', url: '/admin/departments' },
  { template: '/admin/departments/[departmentId]', url: '/admin/departments/{departmentId}' },
  { template: '/admin/email-templates', url: '/admin/email-templates' },
  { template: '/admin/email-templates/[slug]', url: '/admin/email-templates/rejection' },
  { template: '/admin/email-templates/[slug]/preview', url: '/admin/email-templates/rejection/preview' },
  { template: '/admin/jobs', url: '/admin/jobs' },
  { template: '/admin/jobs/[jobId]', url: '/admin/jobs/{jobId}' },
  { template: '/admin/jobs/[jobId]/questions', url: '/admin/jobs/{jobId}/questions' },
  { template: '/admin/jobs/import', url: '/admin/jobs/import' },
  { template: '/admin/jobs/new', url: '/admin/jobs/new' },
  { template: '/admin/locations', url: '/admin/locations' },
  { template: '/admin/locations/[locationId]', url: '/admin/locations/{locationId}' },
  { template: '/admin/outbox', url: '/admin/outbox' },
  { template: '/admin/outbox/[id]', url: '/admin/outbox/{outboxId}' },
  { template: '/admin/settings', url: '/admin/settings' },
  { template: '/admin/teams', url: '/admin/teams' },
  { template: '/admin/teams/[jobId]', url: '/admin/teams/{jobId}' },
  { template: '/admin/users', url: '/admin/users' },
  { template: '/admin/users/[userId]', url: '/admin/users/{userId}' },
  { template: '/admin/users/new', url: '/admin/users/new' },
  { template: '/sign-out', url: '/sign-out' },
];

export const SIGN_IN_TEMPLATES = ['/sign-in', '/sign-in/check-email', '/set-password'];
/** Reached through the apply flow, whose data they show. */
export const APPLY_FLOW_TEMPLATES = ['/jobs/[slug]/apply/submitted', '/applications/status/[token]'];

/**
 * An interview the admin took part in (yesterday, so its scorecard form is open), on a closed job
 * of its own that no other spec looks at; `remove` deletes the job and with it the interview.
 */
export async function interviewOfTheAdmin(): Promise<{ interviewId: number; remove: () => Promise<void> }> {
  const job = await createPipelineJob('csp-interview', ['admin@example.com']);
  const [applicant] = await addApplicants(job.id, 1, 'Cole');
  const interviewId = await pastInterview(job.id, applicant!.id, [await userId('admin@example.com')]);
  return { interviewId, remove: () => deletePipelineJob(job.id) };
}

export function fillIds(url: string, ids: Ids): string {
  return url.replace(/\{(\w+)\}/g, (_, key: keyof Ids) => {
    if (ids[key] === undefined) throw new Error(`No ${key} for ${url}`);
    return String(ids[key]);
  });
}

/**
 * Applies with JavaScript (the form's client validation and the server action's fetch run under
 * the policy), then opens the status link from the confirmation email.
 */
export async function applyAndOpenStatusPage(page: Page, watch: CspWatch): Promise<void> {
  await visitClean(page, watch, `/jobs/${SEEDED_SLUG}/apply`);
  const email = uniqueEmail('csp');
  await fillApplication(page, { email });
  await page.getByRole('button', { name: 'Submit application' }).click();
  await expectConfirmation(page);
  await page.waitForLoadState('networkidle');
  watch.expectClean('the apply flow and /jobs/[slug]/apply/submitted');

  const [row] = await db()<{ text: string }[]>`select text from email_outbox where to_address = ${email} and kind = 'application-confirmation'`;
  const link = /\/applications\/status\/[A-Za-z0-9_-]{43}/.exec(row?.text ?? '')?.[0];
  expect(link, 'the status link in the confirmation email').toBeTruthy();
  await visitClean(page, watch, link!);
}
