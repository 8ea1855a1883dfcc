// The feeds and the sitemap read listOpenBoardJobs: on a real PostgreSQL, a job is in every feed
// while open and gone from all of them once it closes or its closing date passes.
import { eq } from 'drizzle-orm';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { listOpenBoardJobs } from '@/db/queries/public-board';
import { jobs } from '@/db/schema';
import { createTestJob, openTestDb } from '@/tests/helpers/apply';
import { newestChange } from './context';
import { buildIndeedFeed } from './indeed';
import { buildJsonFeed } from './json-feed';
import { buildRssFeed } from './rss';

const { db, sql } = openTestDb();
afterAll(() => sql.end());

const parser = new XMLParser({ isArray: (name) => ['item', 'job'].includes(name) });

async function feedsMention(slug: string): Promise<{ rss: boolean; json: boolean; indeed: boolean }> {
  const open = await listOpenBoardJobs(db);
  const ctx = { appUrl: 'https://careers.example.com', companyName: 'Acme', companyUrl: null, updatedAt: newestChange(open) };
  const url = `https://careers.example.com/jobs/${slug}`;
  const rssItems: Array<{ link: string }> = parser.parse(buildRssFeed(open, ctx)).rss.channel.item ?? [];
  const indeedJobs: Array<{ url: string }> = parser.parse(buildIndeedFeed(open, ctx)).source.job ?? [];
  return {
    rss: rssItems.some((item) => item.link === url),
    json: buildJsonFeed(open, ctx).items.some((item) => item.url === url),
    indeed: indeedJobs.some((job) => job.url === url),
  };
}

describe('open jobs in the feeds', () => {
  it('lists a published job and drops it once closed', async () => {
    const job = await createTestJob(db, { title: 'Feed & <Sitemap> tester' });
    expect(await feedsMention(job.slug)).toEqual({ rss: true, json: true, indeed: true });
    await db.update(jobs).set({ status: 'closed', closedAt: new Date() }).where(eq(jobs.id, job.id));
    expect(await feedsMention(job.slug)).toEqual({ rss: false, json: false, indeed: false });
  });

  it('drops a job whose closing date has passed, and never lists drafts', async () => {
    const expired = await createTestJob(db, { closesAt: new Date(Date.now() - 1000) });
    const draft = await createTestJob(db, { status: 'draft' });
    const slugs = (await listOpenBoardJobs(db)).map((j) => j.slug);
    expect(slugs).not.toContain(expired.slug);
    expect(slugs).not.toContain(draft.slug);
  });
});
