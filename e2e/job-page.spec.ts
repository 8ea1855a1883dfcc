import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe';

const COMPANY_JOB = '/jobs/senior-software-engineer-backend';

test.describe('job page', () => {
  test('is served from the page cache with no ETag for Next to hash on every response', async ({ request }) => {
    await request.get(COMPANY_JOB);
    const cached = await request.get(COMPANY_JOB);
    expect(cached.status()).toBe(200);
    expect(cached.headers()['x-nextjs-cache']).toBe('HIT');
    expect(cached.headers()['etag']).toBeUndefined();
  });

  test('shows the company posting exactly as written', async ({ page }) => {
    await page.goto(COMPANY_JOB);
    await expect(page).toHaveTitle(/Senior Software Engineer \(Backend\)/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Senior Software Engineer (Backend)');
    await expect(page.getByText('$11,670.34 – $14,174.54 per month')).toBeVisible();
    await expect(page.getByText(/Work location:\s*In person/)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Position summary' })).toBeVisible();
    await expect(page.getByText('Lead design and implementation of scalable, reliable backend systems and services;')).toBeVisible();

    const responsibilities = page.getByRole('heading', { name: 'Key responsibilities' }).locator('xpath=following-sibling::ul[1]/li');
    await expect(responsibilities).toHaveCount(12);
    await expect(responsibilities.first().locator('strong')).toHaveText('System design & architecture:');
    await expect(responsibilities.nth(7).locator('strong')).toHaveText('CI/CD & tooling:');
    await expect(page.locator('article, main').getByText('&*')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Required qualifications' }).locator('xpath=following-sibling::ul[1]/li')).toHaveCount(9);
    await expect(page.getByRole('heading', { name: 'Preferred qualifications' }).locator('xpath=following-sibling::ul[1]/li')).toHaveCount(5);
    await expect(page.getByText('Bachelor’s degree in Computer Science or equivalent experience.')).toBeVisible();

    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/jobs\/senior-software-engineer-backend$/);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /Senior Software Engineer/);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /Lead design and implementation/);
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Apply for this job' }).first().click();
    await expect(page).toHaveURL(`${COMPANY_JOB}/apply`);
  });

  test('a closed job still resolves but takes no applications and has no JobPosting markup', async ({ page }) => {
    const response = await page.goto('/jobs/financial-analyst');
    expect(response?.status()).toBe(200);
    await expect(page.getByText('This job is no longer accepting applications')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Apply for this job' })).toHaveCount(0);
    await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'all our open jobs' })).toHaveAttribute('href', '/jobs');
    await expectAccessible(page);

    const apply = await page.goto('/jobs/financial-analyst/apply');
    expect(apply?.status()).toBeLessThan(500);
    await expect(page.getByRole('button', { name: 'Submit application' })).toHaveCount(0);
    await expect(page.getByText(/no longer accepting applications/)).toBeVisible();
  });

  test('draft jobs and unknown slugs are 404 to the public', async ({ page }) => {
    for (const path of ['/jobs/head-of-security', '/jobs/head-of-security/apply', '/jobs/no-such-job']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
  });
});
