import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import type { Actor } from '@/db/queries/access';
import { createApplication, type CreateApplicationInput } from '@/db/queries/applications';
import type { QuestionInput } from '@/db/queries/job-writes';
import { applications, hiringTeamMembers, questionSets } from '@/db/schema';
import { env } from '@/lib/env';
import { createPostgresStorage } from '@/lib/storage/postgres';
import type { FileStorage } from '@/lib/storage/types';
import { applicationInput, createTestJob } from './apply';
import { createTestUser } from './auth-users';

// For the applicant review tests: each test gets its own job, hiring team and applicants, so
// the files run in any order, in parallel, and twice on one database.

export async function createActor(db: Database, role: Actor['role'] = 'hiring_manager'): Promise<Actor> {
  const user = await createTestUser(db, { role, password: null });
  return { id: user.id, role };
}

export async function addToHiringTeam(db: Database, jobId: number, actor: Actor): Promise<void> {
  await db.insert(hiringTeamMembers).values({ jobId, userId: actor.id });
}

export async function currentQuestionSetId(db: Database, jobId: number): Promise<number> {
  const [set] = await db.select({ id: questionSets.id }).from(questionSets).where(eq(questionSets.jobId, jobId));
  if (!set) throw new Error(`Job ${jobId} has no question set`);
  return set.id;
}

/** Applies through the real write path and returns the application's id. */
export async function applyTo(
  db: Database,
  jobId: number,
  overrides: Partial<CreateApplicationInput> = {},
  storage: FileStorage = createPostgresStorage(db),
): Promise<number> {
  const result = await createApplication(applicationInput(jobId, { submissionToken: randomUUID(), ...overrides }), { storage, db, appUrl: env.APP_URL });
  if (!result.ok) throw new Error(`Test application refused: ${result.reason}`);
  const [row] = await db.select({ id: applications.id }).from(applications).where(eq(applications.reference, result.reference));
  if (!row) throw new Error('Test application not found');
  return row.id;
}

export interface ReviewFixture {
  job: { id: number; slug: string };
  otherJob: { id: number; slug: string };
  onTeam: Actor;
  offTeam: Actor;
  admin: Actor;
  applicationId: number;
  otherApplicationId: number;
}

/**
 * Two jobs: `job` whose hiring team is `onTeam`, and `otherJob` whose team is `offTeam`; one
 * applicant on each. `admin` is on neither team and sees both.
 */
export async function createReviewFixture(db: Database, options: { questions?: QuestionInput[] } = {}): Promise<ReviewFixture> {
  const [job, otherJob, onTeam, offTeam, admin] = await Promise.all([
    createTestJob(db, { questions: options.questions }),
    createTestJob(db),
    createActor(db),
    createActor(db),
    createActor(db, 'admin'),
  ]);
  await addToHiringTeam(db, job.id, onTeam);
  await addToHiringTeam(db, otherJob.id, offTeam);
  const applicationId = await applyTo(db, job.id, { questionSetId: await currentQuestionSetId(db, job.id) });
  const otherApplicationId = await applyTo(db, otherJob.id);
  return { job, otherJob, onTeam, offTeam, admin, applicationId, otherApplicationId };
}

/** A rejection reason from the list migration 0014 seeds (every rejection must name one). */
export async function aRejectionReasonId(db: Database): Promise<number> {
  const [row] = await db.execute<{ id: number }>(sql`select id from rejection_reasons where archived_at is null order by position, id limit 1`);
  if (!row) throw new Error('No rejection reason: are the migrations applied?');
  return Number(row.id);
}
