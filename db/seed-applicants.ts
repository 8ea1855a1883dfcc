import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { env } from '../lib/env';
import { createPostgresStorage } from '../lib/storage/postgres';
import type { Database } from './client';
import { createApplication } from './queries/applications';
import { applications, jobs, stageEvents, stages } from './schema';

// Demo applicants, so the dashboard has people to review on a first start. Each goes through
// the same createApplication() as the form; some are then moved along the pipeline.

const FIRST = ['Ada', 'Grace', 'Linus', 'Margaret', 'Alan', 'Katherine', 'Dennis', 'Barbara', 'Ken', 'Frances', 'Edsger', 'Radia'];
const LAST = ['Okafor', 'Nguyen', 'García', 'Kowalski', 'Haddad', 'Silva', 'Tanaka', 'Müller', 'Johansson', 'Patel', 'Dubois', 'Rossi'];
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
// Stage position each demo applicant ends in (0 Applied … 5 Rejected), cycled per job.
const JOURNEY = [0, 1, 2, 0, 3, 5, 1, 4];

export async function seedDemoApplicants(db: Database): Promise<void> {
  const openJobs = await db
    .select({ id: jobs.id, slug: jobs.slug })
    .from(jobs)
    .where(inArray(jobs.status, ['published']))
    .orderBy(jobs.id);
  const storage = createPostgresStorage(db);
  let n = 0;
  for (const job of openJobs) {
    const [existing] = await db.select({ id: applications.id }).from(applications).where(eq(applications.jobId, job.id)).limit(1);
    if (existing) continue;
    const perJob = job.slug === 'senior-software-engineer-backend' ? 8 : 3 + (job.id % 3);
    for (let i = 0; i < perJob; i++, n++) {
      const firstName = FIRST[n % FIRST.length]!;
      const lastName = LAST[(n * 5) % LAST.length]!;
      const email = `${firstName}.${lastName}.${n}@example.com`.toLowerCase().normalize('NFD').replace(/[^\x20-\x7e]/g, '');
      const result = await createApplication(
        {
          jobId: job.id,
          questionSetId: null,
          candidate: { email, firstName, lastName, phone: null, linkedinUrl: `https://www.linkedin.com/in/${firstName}-${lastName}`.toLowerCase() },
          resume: { filename: `${firstName}-${lastName}-resume.pdf`, contentType: 'application/pdf', bytes: PDF },
          answers: {},
          coverLetter: i % 2 === 0 ? `I have followed ${job.slug.replaceAll('-', ' ')} work at Portico for a while and would love to join.` : null,
          source: ['linkedin', 'careers-page', 'referral', null][i % 4] ?? null,
          submissionToken: randomUUID(),
        },
        { storage, db, appUrl: env.APP_URL },
      );
      if (!result.ok) continue;
      const position = JOURNEY[i % JOURNEY.length]!;
      if (position === 0) continue;
      await db.transaction(async (tx) => {
        const [target] = await tx.select({ id: stages.id }).from(stages).where(and(eq(stages.jobId, job.id), eq(stages.position, position)));
        const [application] = await tx
          .select({ id: applications.id, stageId: applications.stageId })
          .from(applications)
          .where(eq(applications.reference, result.reference));
        if (!target || !application) return;
        await tx.update(applications).set({ stageId: target.id }).where(eq(applications.id, application.id));
        await tx.insert(stageEvents).values({
          applicationId: application.id,
          fromStageId: application.stageId,
          toStageId: target.id,
          reason: position === 5 ? 'Looking for more production PostgreSQL experience.' : null,
        });
      });
    }
  }
}
