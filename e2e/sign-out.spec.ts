import { expect, test, type Browser } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { createStaffUser, signIn } from './support/staff-user';

// Issue 10, finding 10: a copied session cookie kept working for days after "Sign out".
// Several sign-ins in a row: on a shared, busy machine each can take a while.
test.setTimeout(180_000);

const fresh = (browser: Browser, baseURL: string | undefined) => browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });

test('a copy of the session cookie stops working once its browser signs out', async ({ browser, baseURL }) => {
  const user = await createStaffUser();
  const owner = await fresh(browser, baseURL);
  const page = await owner.newPage();
  await signIn(page, user.email);
  const copied = await owner.cookies();

  const thief = await fresh(browser, baseURL);
  await thief.addCookies(copied);
  const stolen = await thief.newPage();
  await stolen.goto('/dashboard');
  await expect(stolen).toHaveURL(/\/dashboard/); // the copy works while the session lives

  await page.goto('/sign-out');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  await stolen.goto('/dashboard');
  await expect(stolen).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard/);
  await expect(stolen.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await owner.close();
  await thief.close();
});

test('"Sign out of all devices" ends the sessions of every other browser too', async ({ browser, baseURL }) => {
  const user = await createStaffUser();
  const laptop = await fresh(browser, baseURL);
  const phone = await fresh(browser, baseURL);
  const laptopPage = await laptop.newPage();
  const phonePage = await phone.newPage();
  await signIn(laptopPage, user.email);
  await signIn(phonePage, user.email);

  await laptopPage.goto('/sign-out');
  await laptopPage.getByRole('button', { name: 'Sign out of all devices' }).click();
  await expect(laptopPage).toHaveURL(/\/sign-in/);
  await phonePage.goto('/dashboard');
  await expect(phonePage).toHaveURL(/\/sign-in/);
  await laptop.close();
  await phone.close();
});
