// The feeds are parsed back with a real XML parser: well-formed, every required element, and
// the awkward characters come back exactly as written.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildIndeedFeed } from './indeed';
import { buildJsonFeed } from './json-feed';
import { buildRssFeed } from './rss';
import { feedContext, feedJobs, NASTY_TITLE } from './test-jobs';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name, jpath) => ['rss.channel.item', 'source.job', 'rss.channel.item.category'].includes(String(jpath)), parseTagValue: false });

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml);
}

describe('RSS 2.0', () => {
  const xml = buildRssFeed(feedJobs, feedContext);
  const rss = parse(xml).rss;

  it('has the channel elements RSS 2.0 requires, and a self link', () => {
    expect(rss['@version']).toBe('2.0');
    expect(rss.channel.title).toBe('Acme & Sons <Ltd> — open jobs');
    expect(rss.channel.link).toBe('https://careers.example.com/jobs');
    expect(rss.channel.description).toBe('Open positions at Acme & Sons <Ltd>');
    expect(rss.channel['atom:link']['@href']).toBe('https://careers.example.com/feeds/jobs.rss');
    expect(new Date(rss.channel.lastBuildDate).toISOString()).toBe('2026-03-02T12:00:00.000Z');
  });

  it('lists each job with title, link, guid, date and category, characters intact', () => {
    const [first, second] = rss.channel.item;
    expect(first.title).toBe(NASTY_TITLE);
    expect(first.link).toBe('https://careers.example.com/jobs/rd-lead');
    expect(first.guid).toMatchObject({ '#text': 'https://careers.example.com/jobs/rd-lead', '@isPermaLink': 'true' });
    expect(new Date(first.pubDate).toISOString()).toBe('2026-03-01T12:00:00.000Z');
    expect(first.category).toEqual(['R & D']);
    expect(first.description).toContain('<strong>things</strong> &amp; ship');
    expect(first.description).toContain('<p>Lead &lt;the&gt; team &amp; more</p>');
    expect(second.category).toBeUndefined();
  });

  it('is well-formed with no jobs at all', () => {
    expect(parse(buildRssFeed([], feedContext)).rss.channel.item).toBeUndefined();
  });
});

describe('JSON Feed 1.1', () => {
  const feed = JSON.parse(JSON.stringify(buildJsonFeed(feedJobs, feedContext)));

  it('carries the required top-level fields', () => {
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toBe('Acme & Sons <Ltd> — open jobs');
    expect(feed.feed_url).toBe('https://careers.example.com/feeds/jobs.json');
    expect(feed.home_page_url).toBe('https://careers.example.com/jobs');
    expect(Array.isArray(feed.items)).toBe(true);
  });

  it('gives each item an id and content, with RFC 3339 dates', () => {
    for (const item of feed.items) {
      expect(typeof item.id).toBe('string');
      expect(item.id.length).toBeGreaterThan(0);
      expect(typeof item.content_html).toBe('string');
      expect(item.date_published).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    }
    expect(feed.items[0]).toMatchObject({ title: NASTY_TITLE, url: 'https://careers.example.com/jobs/rd-lead', tags: ['R & D', 'Austin, TX, United States'] });
    expect(feed.items[1].summary).toBe('Help customers.');
  });
});

describe('Indeed XML', () => {
  const xml = buildIndeedFeed(feedJobs, feedContext);
  const source = parse(xml).source;

  it('names the publisher', () => {
    expect(source.publisher).toBe('Acme & Sons <Ltd>');
    expect(source.publisherurl).toBe('https://example.com/?a=1&b=2');
  });

  it('has Indeed’s job elements, characters intact through CDATA', () => {
    const [first, second] = source.job;
    expect(first).toMatchObject({
      title: NASTY_TITLE,
      referencenumber: '7',
      url: 'https://careers.example.com/jobs/rd-lead',
      company: 'Acme & Sons <Ltd>',
      city: 'Austin',
      state: 'TX',
      country: 'US',
      postalcode: '',
      salary: '$95,000 – $120,000 per year',
      jobtype: 'fulltime',
      category: 'R & D',
      remotetype: 'Hybrid remote',
    });
    expect(new Date(first.date).toISOString()).toBe('2026-03-01T12:00:00.000Z');
    expect(first.description).toContain('<strong>things</strong> &amp; ship. Text with ]]&gt; inside.');
    expect(first.description).not.toContain('\u0001');
    expect(second).toMatchObject({ city: 'Remote', jobtype: 'parttime', remotetype: 'Fully remote', salary: '' });
  });
});
