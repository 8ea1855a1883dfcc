import { readFileSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/db/queries/access';
import { createAdminJob, getAdminJob } from '@/db/queries/admin-jobs';
import { jobs } from '@/db/schema';
import { COMPANY_POSTING_SLUG, seedBase } from '@/db/seed';
import { importJobDescription } from '@/lib/importer/job-description';
import { jobSchema } from '@/lib/validations/job';
import { testActor } from '@/tests/helpers/admin-jobs';
import { openTestDb, uniqueSuffix } from '@/tests/helpers/apply';
import { importedFormValues, importNotes } from './import-draft';

// The admin's import must give the same posting as the seed's import of the same shared file:
// both go through importJobDescription, and the admin's path adds the form and its schema.
const { db, sql } = openTestDb();
const postingText = readFileSync(path.join(process.cwd(), 'db', 'seed-data', `${COMPANY_POSTING_SLUG}.txt`), 'utf8');
let admin: Actor;

beforeAll(async () => {
  await seedBase(db); // idempotent: settings and the company posting, if not there yet
  admin = await testActor(db, 'admin');
});

afterAll(async () => {
  await sql.end();
});

describe('importing the shared posting file as an admin', () => {
  it('prefills the editor, saying what is missing', () => {
    const imported = importJobDescription(postingText);
    expect(importedFormValues(imported)).toMatchObject({
      title: 'Senior Software Engineer (Backend)',
      workplaceType: 'on_site',
      employmentType: '',
      payMin: '11670.34',
      payMax: '14174.54',
      payCurrency: 'USD',
      payPeriod: 'month',
    });
    expect(importNotes(imported)).toContain('No employment type found (full-time, part-time, contract…)');
  });

  it('saves a draft with the same title, summary, description and pay as the seeded posting', async () => {
    const [seeded] = await db
      .select({ title: jobs.title, summary: jobs.summary, descriptionMarkdown: jobs.descriptionMarkdown, payMin: jobs.payMin, payMax: jobs.payMax, payCurrency: jobs.payCurrency, payPeriod: jobs.payPeriod, departmentId: jobs.departmentId, locationId: jobs.locationId })
      .from(jobs)
      .where(eq(jobs.slug, COMPANY_POSTING_SLUG));
    if (!seeded) throw new Error('The seeded company posting is missing');

    // What the form posts once the admin has picked what the text cannot say.
    const form = {
      ...importedFormValues(importJobDescription(postingText)),
      slug: `imported-backend-${uniqueSuffix()}`,
      departmentId: String(seeded.departmentId),
      locationId: String(seeded.locationId),
      employmentType: 'full_time',
    };
    const parsed = jobSchema.safeParse(form);
    if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
    const result = await createAdminJob(admin, parsed.data, db);
    if (!result.ok) throw new Error(result.reason);

    const saved = await getAdminJob(result.id, db);
    expect(saved).toMatchObject({ ...seeded, status: 'draft' });
    expect(saved?.descriptionMarkdown.length).toBeGreaterThan(1000);
  });
});
