// JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/) of the open jobs, newest first.
import type { BoardJob } from '@/db/queries/public-board';
import { locationName } from '@/lib/greenhouse/map';
import { markdownToPlainText, renderMarkdown, truncate } from '@/lib/markdown/render';
import { absolute, FEED_PATHS, jobPath, type FeedContext } from './context';

export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  content_html: string;
  summary: string;
  date_published: string;
  date_modified: string;
  tags: string[];
}

export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: string;
  authors: Array<{ name: string; url?: string }>;
  items: JsonFeedItem[];
}

function item(job: BoardJob, ctx: FeedContext): JsonFeedItem {
  const url = absolute(ctx.appUrl, jobPath(job));
  const summary = job.summary.trim() || truncate(markdownToPlainText(job.descriptionMarkdown), 300);
  return {
    id: url,
    url,
    title: job.title,
    content_html: renderMarkdown(job.descriptionMarkdown),
    summary,
    date_published: job.publishedAt.toISOString(),
    date_modified: job.updatedAt.toISOString(),
    tags: [job.department?.name, locationName(job)].filter((tag): tag is string => Boolean(tag)),
  };
}

export function buildJsonFeed(jobs: readonly BoardJob[], ctx: FeedContext): JsonFeed {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: `${ctx.companyName} — open jobs`,
    home_page_url: absolute(ctx.appUrl, '/jobs'),
    feed_url: absolute(ctx.appUrl, FEED_PATHS.json),
    description: `Open positions at ${ctx.companyName}`,
    language: 'en',
    authors: [ctx.companyUrl ? { name: ctx.companyName, url: ctx.companyUrl } : { name: ctx.companyName }],
    items: jobs.map((job) => item(job, ctx)),
  };
}
