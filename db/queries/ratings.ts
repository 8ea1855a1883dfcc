import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { db as appDb } from '@/db';
import type { DbOrTx } from '@/db/client';
import { applications, jobs, ratings, users } from '@/db/schema';
import { recordAudit } from '@/db/queries/audit';
import { visibleToActor, type Actor } from './access';
import { findVisibleApplication } from './applicant-detail';

export interface RatingView {
  userId: string;
  reviewerName: string;
  score: number;
  createdAt: Date;
  updatedAt: Date;
}

/** Each reviewer's rating of the application (one per reviewer), oldest first. */
export async function listRatings(actor: Actor, applicationId: number, conn: DbOrTx = appDb): Promise<RatingView[]> {
  const rows = await conn
    .select({
      userId: ratings.userId,
      reviewerName: users.name,
      reviewerEmail: users.email,
      score: ratings.score,
      createdAt: ratings.createdAt,
      updatedAt: ratings.updatedAt,
    })
    .from(ratings)
    .innerJoin(applications, eq(applications.id, ratings.applicationId))
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .innerJoin(users, eq(users.id, ratings.userId))
    .where(and(eq(ratings.applicationId, applicationId), visibleToActor(actor)))
    .orderBy(asc(ratings.createdAt), asc(ratings.userId));
  return rows.map(({ reviewerEmail, reviewerName, ...rating }) => ({ ...rating, reviewerName: reviewerName ?? reviewerEmail }));
}

export type RateApplicationResult =
  | { ok: true; jobId: number; before: number | null; after: number }
  | { ok: false; reason: 'not-found' };

/**
 * Sets (or changes) the actor's own rating. The trigger on ratings recomputes the application's
 * average and count in the same transaction, serialised on the application row.
 */
export async function rateApplication(actor: Actor, input: Pick<typeof ratings.$inferInsert, 'applicationId' | 'score'>, conn: DbOrTx = appDb): Promise<RateApplicationResult> {
  return conn.transaction(async (tx) => {
    // Lock the application first. The insert's foreign-key check takes KEY SHARE on it before the
    // average trigger asks for FOR UPDATE, so two raters holding KEY SHARE would deadlock.
    const application = await findVisibleApplication(actor, input.applicationId, tx, { lock: true });
    if (!application) return { ok: false, reason: 'not-found' };
    const [previous] = await tx
      .select({ score: ratings.score })
      .from(ratings)
      .where(and(eq(ratings.applicationId, application.id), eq(ratings.userId, actor.id)));
    await tx
      .insert(ratings)
      .values({ applicationId: application.id, userId: actor.id, score: input.score })
      .onConflictDoUpdate({ target: [ratings.applicationId, ratings.userId], set: { score: input.score, updatedAt: sql`now()` } });
    const before = previous?.score ?? null;
    await recordAudit(tx, {
      actor,
      action: 'application.rated',
      entityType: 'application',
      entityId: application.id,
      before: before === null ? null : { score: before },
      after: { score: input.score },
    });
    return { ok: true, jobId: application.jobId, before, after: input.score };
  });
}
