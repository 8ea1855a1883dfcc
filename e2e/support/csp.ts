import { createHash, randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { db } from './db';

// Collects what a page's Content-Security-Policy refused, in every frame: the browser's
// `securitypolicyviolation` events (reported to the test through a binding), console errors
// (Chromium logs each refusal there too) and uncaught page errors.

export interface CspWatch {
  problems: string[];
  /** Fails with every problem seen since the last check, labelled, and starts afresh. */
  expectClean(label: string): void;
}

export async function watchCsp(page: Page): Promise<CspWatch> {
  const problems: string[] = [];
  await page.exposeBinding('__reportCspViolation', ({ frame }, violation: Record<string, string>) => {
    problems.push(`CSP ${violation.directive} refused ${violation.blocked || 'inline'} (${violation.source}:${violation.line}) in ${frame.url()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation?: (v: Record<string, string>) => void }).__reportCspViolation;
      report?.({ directive: event.effectiveDirective, blocked: event.blockedURI, source: event.sourceFile, line: String(event.lineNumber) });
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return {
    problems,
    expectClean(label) {
      const seen = problems.splice(0);
      expect(seen, `CSP violations or errors on ${label}`).toEqual([]);
    },
  };
}

/** Visits a page, lets it hydrate and load what it loads, and expects nothing refused. */
export async function visitClean(page: Page, watch: CspWatch, url: string, expectedStatus = 200): Promise<void> {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(expectedStatus);
  await page.waitForLoadState('networkidle');
  // Chromium logs the page's own error status as a console error; that one is expected.
  if (expectedStatus >= 400) {
    const own = watch.problems.indexOf(`console error: Failed to load resource: the server responded with a status of ${expectedStatus} (${response?.statusText()})`);
    if (own >= 0) watch.problems.splice(own, 1);
  }
  watch.expectClean(url);
}

/**
 * Every page route in app/ as a template ("/admin/users/[userId]"), route groups dropped: a
 * page added later must be added to the visits of content-security-policy.spec.ts too.
 */
export function pageRoutes(dir = 'app', prefix = ''): string[] {
  const routes: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      const segment = /^\(.*\)$/.test(entry.name) ? '' : `/${entry.name}`;
      routes.push(...pageRoutes(path.join(dir, entry.name), `${prefix}${segment}`));
    } else if (entry.name === 'page.tsx') routes.push(prefix || '/');
  }
  return routes.sort();
}

/** A valid one-time set-password link for a fresh invited user, so the form itself is visited. */
export async function freshInvitationPath(): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const email = `csp-invite-${randomBytes(4).toString('hex')}@example.com`;
  const [user] = await db()<{ id: string }[]>`insert into users (id, email, name, role) values (gen_random_uuid()::text, ${email}, 'CSP Invitee', 'hiring_manager') returning id`;
  await db()`insert into user_invitations (user_id, token_hash, expires_at) values (${user!.id}, ${createHash('sha256').update(token).digest('hex')}, now() + interval '1 hour')`;
  return `/set-password?token=${token}`;
}
