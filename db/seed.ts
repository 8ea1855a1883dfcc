import { readFileSync } from 'node:fs';
import path from 'node:path';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { DEMO_PASSWORD_HASH } from '../lib/domain/demo-accounts';
import { importJobDescription } from '../lib/importer/job-description';
import { createDb, type Database } from './client';
import { createJob } from './queries/job-writes';
import { seedDemoApplicants } from './seed-applicants';
import { DEFAULT_EMAIL_TEMPLATES } from '../lib/mail/default-templates';
import { departments, emailTemplates, hiringTeamMembers, jobs, locations, settings, users } from './schema';
import { DEMO_DEPARTMENTS, DEMO_JOBS, DEMO_LOCATIONS, type DemoLocation } from './seed-data/demo-jobs';

// Seeding is idempotent: every row is looked up by its natural key (slug, name, email) first,
// so `npm run db:seed` can run again without duplicating anything.

export const COMPANY_POSTING_SLUG = 'senior-software-engineer-backend';
const DAY = 24 * 60 * 60 * 1000;

const DEFAULT_PRIVACY_TEXT =
  'I agree that Portico may store and process the information in this application, including my resume, ' +
  'to assess my suitability for this and similar roles. My data is kept for up to two years after the last ' +
  'activity and I can ask for it to be deleted at any time.';

export function companyPostingText(): string {
  return readFileSync(path.join(process.cwd(), 'db', 'seed-data', `${COMPANY_POSTING_SLUG}.txt`), 'utf8');
}

async function ensureDepartment(db: Database, name: string): Promise<number> {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  await db.insert(departments).values({ name, slug }).onConflictDoNothing();
  const [row] = await db.select({ id: departments.id }).from(departments).where(eq(departments.name, name));
  if (!row) throw new Error(`Department ${name} missing after insert`);
  return row.id;
}

async function ensureLocation(db: Database, place: Omit<DemoLocation, 'key'>): Promise<number> {
  await db.insert(locations).values(place).onConflictDoNothing();
  const same = (column: typeof locations.city | typeof locations.region | typeof locations.remoteArea, value: string | null) =>
    value === null ? isNull(column) : eq(column, value);
  const [row] = await db
    .select({ id: locations.id })
    .from(locations)
    .where(
      and(
        same(locations.city, place.city),
        same(locations.region, place.region),
        eq(locations.countryCode, place.countryCode),
        same(locations.remoteArea, place.remoteArea),
      ),
    );
  if (!row) throw new Error(`Location ${place.city ?? place.remoteArea} missing after insert`);
  return row.id;
}

async function jobExists(db: Database, slug: string): Promise<boolean> {
  const [row] = await db.select({ id: jobs.id }).from(jobs).where(eq(jobs.slug, slug));
  return Boolean(row);
}

const hq = DEMO_LOCATIONS.find((l) => l.key === 'hq');

/** What every installation gets: company settings, default email templates and the company's own first posting. */
export async function seedBase(db: Database): Promise<void> {
  await db
    .insert(settings)
    .values({
      id: 1,
      companyName: 'Portico',
      companySlug: 'portico',
      companyUrl: 'https://portico.example.com',
      careersIntro: 'We build the careers portal that companies pick for speed, correctness and care with candidates’ data. Join us.',
      privacyText: DEFAULT_PRIVACY_TEXT,
    })
    .onConflictDoNothing();
  // Production databases get them from migration 0010 too; this adds any a reset removed.
  await db
    .insert(emailTemplates)
    .values(DEFAULT_EMAIL_TEMPLATES.map((t) => ({ ...t })))
    .onConflictDoNothing();

  if (await jobExists(db, COMPANY_POSTING_SLUG)) return;
  if (!hq) throw new Error('The demo locations need an "hq" entry for the company posting');
  const imported = importJobDescription(companyPostingText());
  await createJob(db, {
    slug: COMPANY_POSTING_SLUG,
    title: imported.title,
    departmentId: await ensureDepartment(db, 'Engineering'),
    locationId: await ensureLocation(db, hq),
    workplaceType: imported.workplaceType ?? 'on_site',
    employmentType: imported.employmentType ?? 'full_time',
    pay: imported.pay,
    summary: imported.summary,
    descriptionMarkdown: imported.descriptionMarkdown,
    status: 'published',
    publishedAt: new Date(),
  });
}

/** Demo postings, accounts and hiring teams: for `npm run dev`, demos (SEED_DEMO=true) and tests only. */
export async function seedDemo(db: Database): Promise<void> {
  const departmentIds = new Map<string, number>();
  for (const name of DEMO_DEPARTMENTS) departmentIds.set(name, await ensureDepartment(db, name));
  const locationIds = new Map<string, number>();
  for (const { key, ...place } of DEMO_LOCATIONS) locationIds.set(key, await ensureLocation(db, place));

  const now = Date.now();
  for (const job of DEMO_JOBS) {
    if (await jobExists(db, job.slug)) continue;
    const publishedAt = new Date(now - job.postedDaysAgo * DAY);
    await createJob(db, {
      slug: job.slug,
      title: job.title,
      departmentId: departmentIds.get(job.department) ?? null,
      locationId: locationIds.get(job.locationKey) ?? null,
      workplaceType: job.workplaceType,
      employmentType: job.employmentType,
      pay: job.pay,
      summary: job.summary,
      descriptionMarkdown: job.descriptionMarkdown,
      status: job.status,
      publishedAt: job.status === 'draft' ? null : publishedAt,
      closesAt: job.closesInDays === null ? null : new Date(now + job.closesInDays * DAY),
      questions: job.questions,
    });
  }

  // The published password's fixed hash, by which a production start finds these accounts.
  const passwordHash = DEMO_PASSWORD_HASH;
  await db
    .insert(users)
    .values([
      { email: 'admin@example.com', name: 'Avery Admin', role: 'admin', passwordHash },
      { email: 'manager@example.com', name: 'Morgan Manager', role: 'hiring_manager', passwordHash },
    ])
    .onConflictDoNothing();

  // The demo hiring manager runs the engineering jobs.
  const [manager] = await db.select({ id: users.id }).from(users).where(eq(users.email, 'manager@example.com'));
  const engineering = departmentIds.get('Engineering');
  if (manager && engineering !== undefined) {
    const engineeringJobs = await db.select({ id: jobs.id }).from(jobs).where(inArray(jobs.departmentId, [engineering]));
    if (engineeringJobs.length) {
      await db
        .insert(hiringTeamMembers)
        .values(engineeringJobs.map((job) => ({ jobId: job.id, userId: manager.id })))
        .onConflictDoNothing();
    }
  }
  await seedDemoApplicants(db);
}

export async function seed(url: string, options: { demo: boolean }): Promise<void> {
  const { db, sql: client } = createDb(url, { max: 1 });
  try {
    await seedBase(db);
    if (options.demo) await seedDemo(db);
  } finally {
    await client.end();
  }
}

/** First start only: an installation with settings has been seeded (or set up by an admin) already. */
export async function seedIfEmpty(url: string, options: { demo: boolean }): Promise<boolean> {
  const { db, sql: client } = createDb(url, { max: 1 });
  try {
    const [row] = await db.select({ found: sql<number>`1` }).from(settings).limit(1);
    if (row) return false;
  } finally {
    await client.end();
  }
  await seed(url, options);
  return true;
}
