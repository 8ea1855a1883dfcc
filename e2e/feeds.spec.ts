import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import * as gh from '../tests/helpers/greenhouse-schemas';
import { expectConfirmation, fillApplication } from './support/apply-form';
import { expectAccessible } from './support/axe';
import { db } from './support/db';
import { uniqueEmail } from './support/files';
import { SEEDED_SLUG } from './support/seeded-posting';
import { STORAGE } from './support/storage';

// The machine-readable public surface against a production build: the Greenhouse-compatible
// API, the feeds, sitemap and robots; a job leaving all of them when closed; and a tracked
// link's source reaching the hiring manager.

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (_name, jpath) => ['rss.channel.item', 'source.job', 'urlset.url'].includes(String(jpath)) });

async function boardToken(): Promise<{ token: string; seededId: number }> {
  const [settings] = await db()<{ token: string }[]>`select company_slug as token from settings where id = 1`;
  const [job] = await db()<{ id: number }[]>`select id from jobs where slug = ${SEEDED_SLUG}`;
  return { token: settings!.token, seededId: job!.id };
}

async function xml(request: APIRequestContext, path: string, type: RegExp) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()['content-type'], path).toMatch(type);
  const text = await response.text();
  expect(XMLValidator.validate(text), path).toBe(true);
  return parser.parse(text);
}

/** Every place a job can be listed publicly, by its absolute URL. */
async function listings(request: APIRequestContext, jobUrl: string, jobId: number, token: string) {
  const rss = await xml(request, '/feeds/jobs.rss', /application\/rss\+xml/);
  const indeed = await xml(request, '/feeds/indeed.xml', /application\/xml/);
  const sitemap = await xml(request, '/sitemap.xml', /xml/);
  const json = await (await request.get('/feeds/jobs.json')).json();
  const api = await (await request.get(`/api/greenhouse/v1/boards/${token}/jobs`)).json();
  return {
    rss: (rss.rss.channel.item ?? []).some((item: { link: string }) => item.link === jobUrl),
    json: json.items.some((item: { url: string }) => item.url === jobUrl),
    indeed: (indeed.source.job ?? []).some((job: { url: string }) => job.url === jobUrl),
    sitemap: sitemap.urlset.url.some((entry: { loc: string }) => entry.loc === jobUrl),
    greenhouse: api.jobs.some((job: { id: number }) => job.id === jobId),
  };
}

test.describe('Greenhouse-compatible job board API', () => {
  test('answers every documented endpoint in Greenhouse’s shapes, with CORS and caching', async ({ request }) => {
    const { token, seededId } = await boardToken();
    const base = `/api/greenhouse/v1/boards/${token}`;

    const board = await request.get(base);
    expect(board.headers()['access-control-allow-origin']).toBe('*');
    expect(board.headers()['cache-control']).toMatch(/public, max-age=\d+/);
    gh.ghBoard.parse(await board.json());

    const list = gh.ghJobList.parse(await (await request.get(`${base}/jobs`)).json());
    expect(list.meta.total).toBe(list.jobs.length);
    const seeded = list.jobs.find((job) => job.id === seededId)!;
    expect(seeded.absolute_url).toMatch(new RegExp(`^https?://[^/]+/jobs/${SEEDED_SLUG}$`));
    gh.ghJobListWithContent.parse(await (await request.get(`${base}/jobs?content=true`)).json());

    const detail = gh.ghJobDetail.parse(await (await request.get(`${base}/jobs/${seededId}?questions=true&pay_transparency=true`)).json());
    expect(detail.questions!.map((q) => q.label)).toContain('First Name');
    expect(detail.pay_input_ranges).toEqual([expect.objectContaining({ min_cents: 1_167_034, max_cents: 1_417_454, currency_type: 'USD' })]);

    gh.ghDepartmentListResponse.parse(await (await request.get(`${base}/departments`)).json());
    const tree = gh.ghDepartmentTreeResponse.parse(await (await request.get(`${base}/departments?render_as=tree`)).json());
    const engineering = tree.departments.find((d) => d.jobs.some((job) => (job as { id: number }).id === seededId))!;
    gh.ghDepartmentList.parse(await (await request.get(`${base}/departments/${engineering.id}`)).json());
    const offices = gh.ghOfficeListResponse.parse(await (await request.get(`${base}/offices`)).json());
    gh.ghOfficeTreeResponse.parse(await (await request.get(`${base}/offices?render_as=tree`)).json());
    gh.ghOfficeList.parse(await (await request.get(`${base}/offices/${offices.offices[0]!.id}`)).json());

    // JSONP, as Greenhouse offers it.
    const jsonp = await request.get(`${base}/jobs?callback=renderJobs`);
    expect(jsonp.headers()['content-type']).toMatch(/^text\/javascript/);
    expect(await jsonp.text()).toMatch(/^\/\*\*\/renderJobs\(\{"jobs":\[/);
    expect((await request.get(`${base}/jobs?callback=alert(1)`)).status()).toBe(400);

    // Greenhouse's 404 conventions.
    const noBoard = await request.get(`/api/greenhouse/v1/boards/${token}-not-a-board`);
    expect(noBoard.status()).toBe(404);
    expect(await noBoard.json()).toEqual({ status: 404, error: 'Job board not found' });
    const noJob = await request.get(`${base}/jobs/2147483647`);
    expect(noJob.status()).toBe(404);
    expect(await noJob.json()).toEqual({ status: 404, error: 'Job not found' });
    expect((await request.get(`${base}/departments/2147483647`)).status()).toBe(404);
    expect((await request.get(`${base}/offices/abc`)).status()).toBe(404);
  });
});

test.describe('feeds, sitemap and robots', () => {
  test('are well-formed, list the open jobs and are linked from the board', async ({ page, request }) => {
    const { token, seededId } = await boardToken();
    const jobUrl = (await (await request.get('/feeds/jobs.json')).json()).items.find((item: { url: string }) => item.url.endsWith(`/jobs/${SEEDED_SLUG}`))?.url;
    expect(jobUrl).toMatch(/^https?:\/\//);
    expect(await listings(request, jobUrl, seededId, token)).toEqual({ rss: true, json: true, indeed: true, sitemap: true, greenhouse: true });

    const json = await (await request.get('/feeds/jobs.json')).json();
    expect(json).toMatchObject({ version: 'https://jsonfeed.org/version/1.1', title: expect.any(String) });
    for (const item of json.items) expect(item).toMatchObject({ id: expect.any(String), content_html: expect.any(String) });

    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toMatch(/Disallow: \/dashboard/);
    expect(robots).toMatch(/Disallow: \/admin/);
    expect(robots).toMatch(/Allow: \/api\/greenhouse\//);
    expect(robots).toMatch(/Sitemap: https?:\/\/\S+\/sitemap\.xml/);

    await page.goto('/jobs');
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', /\/feeds\/jobs\.rss$/);
    await expect(page.locator('link[rel="alternate"][type="application/feed+json"]')).toHaveAttribute('href', /\/feeds\/jobs\.json$/);
  });
});

async function createAndPublishJob(page: Page, title: string): Promise<{ slug: string; editUrl: string }> {
  await page.goto('/admin/jobs/new');
  await page.getByLabel('Title').fill(title);
  const slug = await page.getByLabel('URL slug').inputValue();
  await page.getByLabel('Workplace').selectOption('on_site');
  await page.getByLabel('Employment type').selectOption('full_time');
  await page.getByRole('button', { name: 'Create draft' }).click();
  await page.waitForURL(/\/admin\/jobs\/\d+\?notice=created$/);
  const editUrl = page.url().replace(/\?.*$/, '');
  await page.getByLabel('Location').selectOption({ label: 'Austin, TX, United States' });
  await page.getByLabel('Minimum pay').fill('100000');
  await page.getByLabel('Maximum pay').fill('120000');
  await page.getByLabel('Pay period').selectOption('year');
  await page.getByLabel(/^Description/).fill('Ship feeds & <things>.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.waitForURL(/notice=saved$/);
  await page.getByRole('button', { name: 'Publish job' }).click();
  await page.waitForURL(/notice=publish$/);
  return { slug, editUrl };
}

test.describe('a closed job', () => {
  test.use({ storageState: STORAGE.admin });

  test('leaves the sitemap, every feed and the Greenhouse API as soon as it closes', async ({ page }) => {
    test.slow();
    const { token } = await boardToken();
    // A title with the characters XML must escape.
    const { slug, editUrl } = await createAndPublishJob(page, `E2E Feeds & <XML> "Quotes" ${unique()}`);
    const [job] = await db()<{ id: number }[]>`select id from jobs where slug = ${slug}`;
    const jobUrl = (await (await page.request.get('/feeds/jobs.json')).json()).items.find((item: { url: string }) => item.url.endsWith(`/jobs/${slug}`))?.url;
    expect(jobUrl, 'the published job is in the JSON Feed').toBeTruthy();
    expect(await listings(page.request, jobUrl, job!.id, token)).toEqual({ rss: true, json: true, indeed: true, sitemap: true, greenhouse: true });

    await page.goto(editUrl);
    await page.getByRole('button', { name: 'Close job' }).click();
    await page.waitForURL(/notice=close$/);
    expect(await listings(page.request, jobUrl, job!.id, token)).toEqual({ rss: false, json: false, indeed: false, sitemap: false, greenhouse: false });
    expect((await page.request.get(`/api/greenhouse/v1/boards/${token}/jobs/${job!.id}`)).status()).toBe(404);
  });
});

test.describe('source tracking', () => {
  test.use({ storageState: STORAGE.manager });

  test('a candidate follows a gh_src link and applies; the hiring manager sees the source', async ({ page }) => {
    test.slow();
    const ghSrc = `e2e-${unique()}`;
    await page.goto(`/jobs/${SEEDED_SLUG}?gh_src=${ghSrc}&utm_medium=job-board`);
    const apply = page.getByRole('link', { name: 'Apply for this job' }).first();
    await expect(apply).toHaveAttribute('href', `/jobs/${SEEDED_SLUG}/apply?gh_src=${ghSrc}&utm_medium=job-board`);
    await apply.click();
    await page.waitForURL(/\/apply\?gh_src=/);
    await fillApplication(page, { email: uniqueEmail('tracked') });
    await page.getByRole('button', { name: 'Submit application' }).click();
    await page.waitForURL(/\/apply\/submitted\?ref=/, { timeout: 60_000 });
    const reference = await expectConfirmation(page);
    const [row] = await db()<{ id: number; job_id: number; source: string | null }[]>`
      select id, job_id, source from applications where reference = ${reference}`;
    expect(row?.source).toBe(ghSrc);

    await page.goto(`/dashboard/applications/${row!.id}`);
    await expect(page.getByText(`Source: ${ghSrc}`)).toBeVisible();
    const tags = page.getByRole('definition');
    await expect(tags.filter({ hasText: ghSrc })).toBeVisible();
    await expect(tags.filter({ hasText: 'job-board' })).toBeVisible();
    await expectAccessible(page);

    await page.goto(`/dashboard/jobs/${row!.job_id}`);
    const bySource = page.getByRole('region', { name: 'Applicants by source' });
    await expect(bySource.getByRole('listitem').filter({ hasText: ghSrc })).toContainText('1');
    await expect(page.getByRole('table').getByRole('cell').filter({ hasText: ghSrc })).toBeVisible();
    await expectAccessible(page);
  });

  test('without JavaScript the apply form still keeps the tracking parameters', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/jobs/${SEEDED_SLUG}/apply?gh_src=nojs-link&utm_source=newsletter&utm_campaign=${'x'.repeat(300)}`);
    await expect(page.locator('input[type="hidden"][name="gh_src"]')).toHaveValue('nojs-link');
    await expect(page.locator('input[type="hidden"][name="utm_source"]')).toHaveValue('newsletter');
    await expect(page.locator('input[type="hidden"][name="utm_campaign"]')).toHaveValue('x'.repeat(200));
    await context.close();
  });
});
