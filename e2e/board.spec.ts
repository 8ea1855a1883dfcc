import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { seededPostingCard, seededPostingLink } from './support/seeded-posting';

test.describe('job board', () => {
  test('lists the published jobs with their pay, and nothing unpublished', async ({ page }) => {
    await page.goto('/jobs');
    await expect(page.getByRole('heading', { level: 1, name: 'Open jobs' })).toBeVisible();
    await expect(seededPostingLink(page)).toBeVisible();
    await expect(seededPostingCard(page).getByText('$11,670.34 – $14,174.54 per month')).toBeVisible();
    await expect(page.getByRole('status')).toHaveText(/\d+ open jobs/);
    // A draft and the closed jobs are not on the board.
    await expect(page.getByRole('link', { name: 'Head of Security' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Financial Analyst' })).toHaveCount(0);
    await expectAccessible(page);
  });

  test('search forgives a typo and keeps its state in the URL', async ({ page }) => {
    await page.goto('/jobs');
    await page.getByLabel('Search jobs').fill('enginer');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/jobs\?q=enginer$/);
    await expect(page.getByRole('link', { name: 'Frontend Engineer' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Site Reliability Engineer' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'People Partner' })).toHaveCount(0);
    await expect(page.getByLabel('Search jobs')).toHaveValue('enginer');
    await expectAccessible(page);
  });

  test('a search behind a TLS proxy is served by the server itself, not fetched from itself over HTTPS', async ({ request }) => {
    // nginx terminating TLS forwards X-Forwarded-Proto: https. Next once turned the proxy's
    // rewrite of a search into a fetch of https://localhost:<port> from a plain-HTTP port: a 500.
    const headers = { 'x-forwarded-proto': 'https' };
    const search = await request.get('/jobs?q=enginer', { headers, maxRedirects: 0 });
    expect(search.status()).toBe(200);
    expect(await search.text()).toContain('Frontend Engineer');
    // A non-canonical spelling is redirected first, to a path on the same host, then served.
    const spelled = await request.get('/jobs?department=Engineering&page=1', { headers, maxRedirects: 0 });
    expect(spelled.status()).toBe(307);
    expect(spelled.headers()['location']).toBe('/jobs?department=engineering');
    const filtered = await request.get(spelled.headers()['location']!, { headers, maxRedirects: 0 });
    expect(filtered.status()).toBe(200);
    expect(await filtered.text()).toContain('Frontend Engineer');
    // A client cannot choose the board page a plain /jobs shows by sending the proxy's header.
    const plain = await request.get('/jobs', { headers: { 'x-portico-board-view': 'cT1kZXNpZ25lcg' } });
    expect(await plain.text()).toContain('Frontend Engineer');
  });

  test('filters as you type from the page’s own index, without a request per keystroke', async ({ page }) => {
    await page.goto('/jobs');
    await expect(seededPostingLink(page)).toBeVisible();
    const requests: string[] = [];
    page.on('request', (r) => {
      // Next's prefetch of a job link in view (it may land late) is not a search round trip.
      if ((r.resourceType() === 'document' || r.resourceType() === 'fetch') && !r.headers()['next-router-prefetch']) requests.push(r.url());
    });
    await page.getByLabel('Search jobs').pressSequentially('enginer', { delay: 20 });
    await expect(page).toHaveURL(/\/jobs\?q=enginer$/);
    await expect(page.getByRole('link', { name: 'Frontend Engineer' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'People Partner' })).toHaveCount(0);
    await page.getByLabel('Workplace').selectOption({ label: 'Remote' });
    await expect(page).toHaveURL(/\/jobs\?q=enginer&workplace=remote$/);
    await expect(page.getByRole('link', { name: 'Frontend Engineer' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Site Reliability Engineer' })).toBeVisible();
    expect(requests.filter((url) => !/\.(js|css)(\?|$)/.test(url))).toEqual([]);
    // A reload asks the server for the same state.
    await page.reload();
    await expect(page.getByRole('link', { name: 'Site Reliability Engineer' })).toBeVisible();
    await expect(page.getByLabel('Search jobs')).toHaveValue('enginer');
  });

  test('filters combine, and the back button restores the previous results', async ({ page }) => {
    await page.goto('/jobs');
    await page.getByLabel('Workplace').selectOption({ label: 'Remote' });
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/workplace=remote/);
    await expect(page.getByRole('link', { name: 'Data Analyst' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Frontend Engineer' })).toHaveCount(0);

    await page.getByLabel('Department').selectOption({ label: 'Engineering' });
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/department=engineering/);
    await expect(page).toHaveURL(/workplace=remote/);
    await expect(page.getByRole('link', { name: 'Site Reliability Engineer' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Data Analyst' })).toHaveCount(0);

    await page.goBack();
    await expect(page).not.toHaveURL(/department=/);
    await expect(page.getByLabel('Workplace')).toHaveValue('remote');
    await expect(page.getByRole('link', { name: 'Data Analyst' })).toBeVisible();
  });

  test('an empty result says so and offers to clear the filters', async ({ page }) => {
    await page.goto('/jobs?q=xyzzyplugh');
    await expect(page.getByRole('heading', { name: 'No jobs match your search' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Clear filters' }).first().click();
    await expect(page).toHaveURL(/\/jobs$/);
    await expect(seededPostingLink(page)).toBeVisible();
  });
});

test.describe('job board without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('searching and filtering work as plain form posts', async ({ page }) => {
    await page.goto('/jobs');
    await page.getByLabel('Search jobs').fill('designer');
    await page.getByLabel('Country').selectOption({ label: 'Netherlands' });
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/q=designer/);
    await expect(page).toHaveURL(/country=NL/);
    await expect(page.getByRole('link', { name: 'Product Designer' })).toBeVisible();
  });
});
