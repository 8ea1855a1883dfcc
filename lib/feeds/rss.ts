// RSS 2.0 (https://www.rssboard.org/rss-specification) of the open jobs, newest first.
import type { BoardJob } from '@/db/queries/public-board';
import { escapeXml } from '@/lib/escape';
import { locationName } from '@/lib/greenhouse/map';
import { renderMarkdown } from '@/lib/markdown/render';
import { absolute, FEED_PATHS, jobPath, type FeedContext } from './context';

const element = (name: string, text: string): string => `<${name}>${escapeXml(text)}</${name}>`;

function item(job: BoardJob, ctx: FeedContext): string {
  const url = absolute(ctx.appUrl, jobPath(job));
  const lead = job.summary.trim() ? `<p>${escapeXml(job.summary.trim())}</p>` : '';
  return [
    '<item>',
    element('title', job.title),
    element('link', url),
    `<guid isPermaLink="true">${escapeXml(url)}</guid>`,
    element('pubDate', job.publishedAt.toUTCString()),
    // The sanitized description as HTML, entity-encoded as RSS text.
    element('description', `${lead}<p>${escapeXml(locationName(job))}</p>${renderMarkdown(job.descriptionMarkdown)}`),
    job.department ? element('category', job.department.name) : '',
    '</item>',
  ].join('');
}

export function buildRssFeed(jobs: readonly BoardJob[], ctx: FeedContext): string {
  const self = absolute(ctx.appUrl, FEED_PATHS.rss);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    element('title', `${ctx.companyName} — open jobs`),
    element('link', absolute(ctx.appUrl, '/jobs')),
    element('description', `Open positions at ${ctx.companyName}`),
    element('language', 'en'),
    element('lastBuildDate', ctx.updatedAt.toUTCString()),
    `<atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>`,
    ...jobs.map((job) => item(job, ctx)),
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}
