// Integration tests against a real PostgreSQL (DATABASE_URL). Every test makes its own
// departments, places and jobs under a random word, so runs never see each other's data.
import { randomInt } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb } from '../client';
import { departments, jobSlugs, locations } from '../schema';
import { createJob, type JobInput } from './job-writes';
import { buildSearchQuery, getPublicJobBySlug, getRenamedJobSlug, listBoardFilterOptions, listOpenJobsInDepartment, searchPublishedJobs } from './jobs';
import { isAcceptingApplications } from '@/db/job-visibility';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL must point at a migrated test database');
const { db, sql } = createDb(url, { max: 4 });
afterAll(() => sql.end());

const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY);

/** Letters only: the search lexicon keeps alphabetic words, and similar words must not collide. */
function word(length = 10): string {
  return Array.from({ length }, () => String.fromCharCode(97 + randomInt(26))).join('');
}

async function department(name = `Dept ${word()}`) {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const [row] = await db.insert(departments).values({ name, slug }).returning({ id: departments.id, slug: departments.slug, name: departments.name });
  return row!;
}

async function place(values: { city?: string | null; region?: string | null; countryCode?: string; remoteArea?: string | null } = {}) {
  const [row] = await db
    .insert(locations)
    .values({ city: `City ${word()}`, region: null, countryCode: 'US', remoteArea: null, ...values })
    .returning({ id: locations.id });
  return row!.id;
}

async function job(overrides: Partial<JobInput> = {}) {
  const input: JobInput = {
    slug: `job-${word(12)}`,
    title: 'Generic Role',
    departmentId: null,
    locationId: null,
    workplaceType: 'on_site',
    employmentType: 'full_time',
    pay: null,
    summary: 'A role.',
    descriptionMarkdown: 'Work with us.',
    status: 'published',
    publishedAt: daysAgo(1),
    ...overrides,
  };
  return createJob(db, input);
}

const slugs = (page: { jobs: Array<{ slug: string }> }) => page.jobs.map((j) => j.slug);

describe('searchPublishedJobs', () => {
  it('lists only open jobs, newest first, ties broken by id', async () => {
    const dept = await department();
    const sameDay = daysAgo(2);
    const older = await job({ departmentId: dept.id, publishedAt: daysAgo(5) });
    const tieA = await job({ departmentId: dept.id, publishedAt: sameDay });
    const tieB = await job({ departmentId: dept.id, publishedAt: sameDay });
    const closingLater = await job({ departmentId: dept.id, publishedAt: daysAgo(1), closesAt: new Date(Date.now() + DAY) });
    await job({ departmentId: dept.id, status: 'draft' });
    await job({ departmentId: dept.id, status: 'archived' });
    await job({ departmentId: dept.id, status: 'closed' });
    await job({ departmentId: dept.id, closesAt: daysAgo(0.5) });

    const page = await searchPublishedJobs({ department: dept.slug, page: 1 }, db);
    expect(slugs(page)).toEqual([closingLater.slug, tieB.slug, tieA.slug, older.slug]);
    expect(page).toMatchObject({ total: 4, page: 1, pageCount: 1 });
    expect(page.jobs[0]!.department).toEqual({ name: dept.name, slug: dept.slug });
    expect(page.jobs[0]!.publishedAt).toBeInstanceOf(Date);
  });

  it('pages by 20 without repeating or skipping a job', async () => {
    const dept = await department();
    const publishedAt = daysAgo(3);
    const created: number[] = [];
    for (let i = 0; i < 23; i++) created.push((await job({ departmentId: dept.id, publishedAt })).id);

    const first = await searchPublishedJobs({ department: dept.slug, page: 1 }, db);
    const second = await searchPublishedJobs({ department: dept.slug, page: 2 }, db);
    const beyond = await searchPublishedJobs({ department: dept.slug, page: 9 }, db);
    expect(first.jobs).toHaveLength(20);
    expect(second.jobs).toHaveLength(3);
    expect(first).toMatchObject({ total: 23, pageCount: 2 });
    expect(second).toMatchObject({ total: 23, page: 2, pageCount: 2 });
    expect([...first.jobs, ...second.jobs].map((j) => j.id)).toEqual([...created].sort((a, b) => b - a));
    expect(beyond).toMatchObject({ jobs: [], total: 23 });
    expect(await searchPublishedJobs({ department: dept.slug, q: 'zzqqxx', page: 1 }, db)).toMatchObject({ jobs: [], total: 0, pageCount: 0 });
  });

  it('forgives typos: "enginer" finds engineering jobs', async () => {
    const dept = await department();
    const engineering = await job({ departmentId: dept.id, title: 'Platform Engineering Lead' });
    await job({ departmentId: dept.id, title: 'Account Executive', descriptionMarkdown: 'Close deals.' });

    // "enginer" happens to stem to engineer's stem; "engneer" only matches through the lexicon.
    for (const q of ['enginer', 'engneer', 'platfrom enginer']) {
      const page = await searchPublishedJobs({ q, department: dept.slug, page: 1 }, db);
      expect(slugs(page)).toEqual([engineering.slug]);
    }
  });

  it('substitutes the closest word for a misspelt rare word', async () => {
    const rare = word(10);
    const target = await job({ title: `Senior ${rare} Specialist` });
    const typo = rare.slice(0, 4) + rare.slice(5);

    expect(await buildSearchQuery(typo, db)).toContain(rare);
    const page = await searchPublishedJobs({ q: typo, page: 1 }, db);
    expect(slugs(page)).toEqual([target.slug]);
  });

  it('requires every term (AND), and searches department and place names', async () => {
    const team = word();
    const city = word();
    const dept = await department(`Team ${team}`);
    const where = await place({ city: `Port ${city}` });
    const designer = await job({ departmentId: dept.id, locationId: where, title: 'Product Designer' });
    await job({ departmentId: dept.id, title: 'Data Analyst' });

    expect(slugs(await searchPublishedJobs({ q: `${team} designer`, page: 1 }, db))).toEqual([designer.slug]);
    expect(slugs(await searchPublishedJobs({ q: `${city}`, page: 1 }, db))).toEqual([designer.slug]);
    expect((await searchPublishedJobs({ q: `${team}`, page: 1 }, db)).total).toBe(2);
  });

  it('ranks a title match above a newer description match', async () => {
    const topic = word();
    const inTitle = await job({ title: `Lead ${topic} Architect`, publishedAt: daysAgo(10) });
    const inText = await job({ title: 'Architect', descriptionMarkdown: `You will also touch ${topic} now and then.`, publishedAt: daysAgo(1) });

    expect(slugs(await searchPublishedJobs({ q: topic, page: 1 }, db))).toEqual([inTitle.slug, inText.slug]);
  });

  it('combines the department, country, workplace and type filters', async () => {
    const dept = await department();
    const toronto = await place({ countryCode: 'CA' });
    const austin = await place({ countryCode: 'US' });
    const match = await job({ departmentId: dept.id, locationId: toronto, workplaceType: 'remote', employmentType: 'contract' });
    await job({ departmentId: dept.id, locationId: austin, workplaceType: 'remote', employmentType: 'contract' });
    await job({ departmentId: dept.id, locationId: toronto, workplaceType: 'hybrid', employmentType: 'contract' });
    await job({ departmentId: dept.id, locationId: toronto, workplaceType: 'remote', employmentType: 'full_time' });

    const all = { department: dept.slug, country: 'CA', workplace: 'remote', type: 'contract', page: 1 } as const;
    expect(slugs(await searchPublishedJobs(all, db))).toEqual([match.slug]);
    expect((await searchPublishedJobs({ department: dept.slug, country: 'CA', page: 1 }, db)).total).toBe(3);
    expect((await searchPublishedJobs({ department: dept.slug, workplace: 'remote', page: 1 }, db)).total).toBe(3);
  });

  it('treats query syntax as plain words', async () => {
    const dept = await department();
    await job({ departmentId: dept.id, title: 'Rust Engineer' });
    for (const q of ["c++ & (rust) | !:* 'x", '\\', "'';--", '!!!']) {
      await expect(searchPublishedJobs({ q, department: dept.slug, page: 1 }, db)).resolves.toBeDefined();
    }
    expect((await searchPublishedJobs({ q: '!!!', department: dept.slug, page: 1 }, db)).total).toBe(1);
    expect((await searchPublishedJobs({ q: 'rust!', department: dept.slug, page: 1 }, db)).total).toBe(1);
  });
});

describe('getPublicJobBySlug', () => {
  it('returns the public fields of a published job and nothing more', async () => {
    const dept = await department();
    const where = await place({ city: 'Austin', region: 'TX', countryCode: 'US', remoteArea: `Area ${word()}` });
    const created = await job({
      departmentId: dept.id,
      locationId: where,
      title: 'Backend Engineer',
      pay: { min: '11670.34', max: '14174.54', currency: 'USD', period: 'month' },
      summary: 'Build things.',
      descriptionMarkdown: '## About\n\nText.',
    });

    const found = await getPublicJobBySlug(created.slug, db);
    expect(Object.keys(found!).sort()).toEqual(
      ['closesAt', 'department', 'descriptionMarkdown', 'employmentType', 'id', 'location', 'payCurrency', 'payMax', 'payMin', 'payPeriod', 'publishedAt', 'slug', 'status', 'summary', 'title', 'workplaceType'].sort(),
    );
    expect(found).toMatchObject({
      id: created.id,
      status: 'published',
      title: 'Backend Engineer',
      department: { name: dept.name, slug: dept.slug },
      location: { city: 'Austin', region: 'TX', countryCode: 'US' },
      payMin: '11670.34',
      payMax: '14174.54',
      payCurrency: 'USD',
      payPeriod: 'month',
      closesAt: null,
    });
    expect(isAcceptingApplications(found!)).toBe(true);
  });

  it('keeps a remote place that has no city', async () => {
    const area = `Area ${word()}`;
    const remote = await job({ workplaceType: 'remote', locationId: await place({ city: null, countryCode: 'DE', remoteArea: area }) });
    expect((await getPublicJobBySlug(remote.slug, db))?.location).toEqual({ city: null, region: null, countryCode: 'DE', remoteArea: area });
  });

  it('hides drafts and archived jobs but still resolves closed ones', async () => {
    const draft = await job({ status: 'draft' });
    const archived = await job({ status: 'archived' });
    const closed = await job({ status: 'closed' });
    const expired = await job({ closesAt: daysAgo(1) });

    expect(await getPublicJobBySlug(draft.slug, db)).toBeNull();
    expect(await getPublicJobBySlug(archived.slug, db)).toBeNull();
    expect(await getPublicJobBySlug(`missing-${word()}`, db)).toBeNull();
    const closedJob = await getPublicJobBySlug(closed.slug, db);
    expect(closedJob).toMatchObject({ status: 'closed', department: null, location: null });
    expect(isAcceptingApplications(closedJob!)).toBe(false);
    const expiredJob = await getPublicJobBySlug(expired.slug, db);
    expect(expiredJob?.status).toBe('published');
    expect(isAcceptingApplications(expiredJob!)).toBe(false);
  });

  it('finds the new slug of a renamed job', async () => {
    const renamed = await job();
    const draft = await job({ status: 'draft' });
    const oldSlug = `old-${word(12)}`;
    const oldDraftSlug = `old-${word(12)}`;
    await db.insert(jobSlugs).values([
      { slug: oldSlug, jobId: renamed.id },
      { slug: oldDraftSlug, jobId: draft.id },
    ]);

    expect(await getRenamedJobSlug(oldSlug, db)).toBe(renamed.slug);
    expect(await getRenamedJobSlug(oldDraftSlug, db)).toBeNull();
    expect(await getRenamedJobSlug(`never-${word()}`, db)).toBeNull();
  });
});

describe('listBoardFilterOptions', () => {
  it('offers the departments and countries that have open jobs', async () => {
    const open = await department();
    const draftOnly = await department();
    const iceland = await place({ countryCode: 'IS' });
    await job({ departmentId: open.id, locationId: iceland });
    await job({ departmentId: draftOnly.id, status: 'draft' });

    const options = await listBoardFilterOptions(db);
    expect(options.departments).toContainEqual({ slug: open.slug, name: open.name });
    expect(options.departments.map((d) => d.slug)).not.toContain(draftOnly.slug);
    expect(options.countries).toContainEqual({ code: 'IS', name: 'Iceland' });
    const names = options.countries.map((c) => c.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });
});

describe('listOpenJobsInDepartment', () => {
  it('returns up to three other open jobs of the department', async () => {
    const dept = await department();
    const self = await job({ departmentId: dept.id, status: 'closed' });
    const others = [];
    for (let i = 0; i < 4; i++) others.push(await job({ departmentId: dept.id, publishedAt: daysAgo(10 - i) }));
    await job({ departmentId: dept.id, status: 'draft' });

    const related = await listOpenJobsInDepartment(dept.slug, self.id, 3, db);
    expect(related.map((j) => j.slug)).toEqual(others.slice(1).reverse().map((j) => j.slug));
  });
});
