import { randomUUID } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { expect, type Page } from '@playwright/test';
import { db } from './db';

// A hiring manager of the spec's own, straight into the suite's database, for specs that must
// not touch the shared demo accounts (signing out everywhere, failing sign-ins on purpose).

export const STAFF_PASSWORD = 'a long passphrase for e2e';

export async function createStaffUser(): Promise<{ id: string; email: string }> {
  const id = randomUUID();
  const email = `e2e-staff-${id}@example.com`;
  // The app's argon2id options (lib/auth/password.ts).
  const passwordHash = await hash(STAFF_PASSWORD, { memoryCost: 19_456, timeCost: 2, parallelism: 1, outputLen: 32 });
  await db()`insert into users (id, email, name, role, active, password_hash) values (${id}, ${email}, 'E2E Staff', 'hiring_manager', true, ${passwordHash})`;
  return { id, email };
}

/**
 * Fills and sends the sign-in form (the page must be on /sign-in) and waits for the server's
 * answer. Typing waits for React to own the form: hydration would reset what was typed before.
 */
export async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.waitForFunction(() => {
    const form = document.querySelector('main form');
    return form !== null && Object.keys(form).some((key) => key.startsWith('__reactProps'));
  });
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await Promise.all([
    page.waitForResponse((response) => response.request().method() === 'POST' && new URL(response.url()).pathname === '/sign-in'),
    page.getByRole('button', { name: 'Sign in' }).click(),
  ]);
}

export async function signIn(page: Page, email: string, password = STAFF_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await submitSignIn(page, email, password);
  await expect(page).toHaveURL(/\/dashboard/);
}
