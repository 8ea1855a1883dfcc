import { randomBytes } from 'node:crypto';
import { db } from './db';

// An interview written straight to the database, for the specs that need one to visit (the page
// and CSP checks): a one-kind plan on the job, the interview yesterday (so its scorecard is open).

export async function pastInterview(jobId: number, applicationId: number, interviewerIds: string[]): Promise<number> {
  const [plan] = await db()<{ id: number }[]>`insert into interview_plans (job_id, version) values (${jobId}, 1) returning id`;
  const [kind] = await db()<{ id: number }[]>`
    insert into interview_kinds (plan_id, key, position, name, criteria)
    values (${plan!.id}, 'technical', 0, 'Technical interview', ${db().json([{ key: 'depth', label: 'Technical depth' }])}) returning id`;
  const [interview] = await db()<{ id: number }[]>`
    insert into interviews (application_id, interview_kind_id, uid, status, starts_at, duration_minutes, location)
    values (${applicationId}, ${kind!.id}, ${`${randomBytes(8).toString('hex')}@e2e`}, 'scheduled', now() - interval '1 day', 60, 'Room 4') returning id`;
  for (const user of interviewerIds) await db()`insert into interview_interviewers (interview_id, user_id) values (${interview!.id}, ${user})`;
  return interview!.id;
}
