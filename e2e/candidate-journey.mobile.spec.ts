import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { expectConfirmation, fillApplication } from './support/apply-form';
import { applicationCount } from './support/db';
import { uniqueEmail } from './support/files';
import { seededPostingLink } from './support/seeded-posting';

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test('on a phone a candidate finds a job by search and applies', async ({ page }) => {
  await page.goto('/jobs');
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);
  await page.getByLabel('Search jobs').fill('backend');
  await page.getByRole('button', { name: 'Search' }).click();
  await seededPostingLink(page).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Senior Software Engineer (Backend)');
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Apply for this job' }).first().click();
  await expectNoSidewaysScroll(page);
  const email = uniqueEmail('phone');
  await fillApplication(page, { email });
  await page.getByRole('button', { name: 'Submit application' }).click();
  await expectConfirmation(page);
  await expectNoSidewaysScroll(page);
  expect(await applicationCount('senior-software-engineer-backend', email)).toBe(1);
});

test('at 360 px wide the board and the form fit the screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['/jobs', '/jobs/frontend-engineer', '/jobs/frontend-engineer/apply']) {
    await page.goto(path);
    await expectNoSidewaysScroll(page);
  }
});
