import { expect, test, type Browser } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { createStaffUser, signIn, STAFF_PASSWORD, submitSignIn } from './support/staff-user';

// Issue 10, finding 3: a few wrong guesses locked an account, even against its owner's correct
// password. Now the guesser is slowed down, and a browser the owner has signed in from before
// is not held back at all. Each browser names its own address to the server, as the one proxy
// in front of it would (playwright.config.ts serves with TRUSTED_PROXIES=1).
// Several sign-ins in a row: on a shared, busy machine each can take a while.
test.setTimeout(180_000);

const browserAt = (browser: Browser, baseURL: string | undefined, ip: string) =>
  browser.newContext({ baseURL, storageState: { cookies: [], origins: [] }, extraHTTPHeaders: { 'x-forwarded-for': ip } });

test('wrong guesses slow the guesser down but never lock the owner’s own browser out', async ({ browser, baseURL }) => {
  const user = await createStaffUser();
  const suffix = Math.floor(Math.random() * 0xffff).toString(16);

  // The owner has signed in from this laptop before, and signed out.
  const laptop = await browserAt(browser, baseURL, `2001:db8:${suffix}:1::1`);
  const laptopPage = await laptop.newPage();
  await signIn(laptopPage, user.email);
  await laptopPage.goto('/sign-out');
  await laptopPage.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(laptopPage).toHaveURL(/\/sign-in/);

  // Someone else guesses until the form makes them wait.
  const guesser = await browserAt(browser, baseURL, `2001:db8:${suffix}:2::1`);
  const guesserPage = await guesser.newPage();
  await guesserPage.goto('/sign-in');
  const slowedDown = guesserPage.getByText(/Too many failed sign-ins\. Wait \d+ (second|seconds|minute|minutes), then try again\./);
  for (let attempt = 0; attempt < 10 && !(await slowedDown.isVisible()); attempt += 1) {
    await submitSignIn(guesserPage, user.email, `wrong guess ${attempt}`);
    await expect(guesserPage.getByRole('alert').getByText(/Email or password is incorrect\.|Too many failed sign-ins/)).toBeVisible();
    // React resets the form once the refusal has rendered. The previous refusal's alert is
    // already on screen, so wait for that reset too: a guess typed before it would be wiped and
    // sent empty, which is a form error, not a failed sign-in.
    await expect(guesserPage.getByLabel('Password')).toHaveValue('');
  }
  await expect(slowedDown).toBeVisible();
  await expectAccessible(guesserPage);

  // The owner's laptop signs in at once with the right password.
  await laptopPage.goto('/sign-in');
  await submitSignIn(laptopPage, user.email, STAFF_PASSWORD);
  await expect(laptopPage).toHaveURL(/\/dashboard/);
  await laptop.close();
  await guesser.close();
});
