import { expect, test } from '@playwright/test';
import { freshInvitationPath, pageRoutes, visitClean, watchCsp } from './support/csp';
import {
  APPLY_FLOW_TEMPLATES,
  applyAndOpenStatusPage,
  fillIds,
  interviewOfTheAdmin,
  PUBLIC_VISITS,
  seededIds,
  SIGN_IN_TEMPLATES,
  SIGNED_IN_VISITS,
} from './support/csp-visits';
import { STORAGE } from './support/storage';

// Finding 7 of issue 10: every page a person reaches loads under its Content-Security-Policy
// with nothing refused and no console error. The phone viewport's public pages are in
// content-security-policy.mobile.spec.ts.

test('every page route in app/ is visited by these checks', () => {
  const visited = new Set([...PUBLIC_VISITS, ...SIGNED_IN_VISITS].map((visit) => visit.template).concat(SIGN_IN_TEMPLATES, APPLY_FLOW_TEMPLATES));
  expect(pageRoutes().filter((route) => !visited.has(route)), 'pages without a CSP check').toEqual([]);
});

test('public pages carry the shared policy (no nonce) and nothing on them is refused', async ({ page, request }) => {
  test.setTimeout(3 * 60_000);
  const watch = await watchCsp(page);
  for (const visit of PUBLIC_VISITS) await visitClean(page, watch, visit.url, visit.status);
  const board = await request.get('/jobs');
  expect(board.headers()['content-security-policy']).toContain("script-src 'self' 'unsafe-inline'");
  expect(board.headers()['content-security-policy']).not.toContain('nonce-');
});

test('a page carries the document headers; its scripts only nosniff', async ({ request }) => {
  const board = await request.get('/jobs');
  for (const name of ['content-security-policy', 'x-frame-options', 'referrer-policy', 'permissions-policy', 'x-content-type-options']) {
    expect(board.headers()[name], name).toBeTruthy();
  }
  const script = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(await board.text())?.[1];
  expect(script).toBeTruthy();
  const file = await request.get(script ?? '');
  expect(file.status()).toBe(200);
  expect(file.headers()['x-content-type-options']).toBe('nosniff');
  for (const name of ['content-security-policy', 'x-frame-options', 'referrer-policy', 'permissions-policy']) {
    expect(file.headers()[name], name).toBeUndefined();
  }
});

test('the apply flow with JavaScript, the confirmation and the status page', async ({ page }) => {
  test.setTimeout(3 * 60_000);
  await applyAndOpenStatusPage(page, await watchCsp(page));
});

test('sign-in pages carry a fresh nonce per response and nothing on them is refused', async ({ page, request }) => {
  const watch = await watchCsp(page);
  await visitClean(page, watch, '/sign-in');
  await visitClean(page, watch, '/sign-in/check-email');
  await visitClean(page, watch, '/set-password?token=not-a-token');
  await visitClean(page, watch, await freshInvitationPath());
  await expect(page.getByLabel(/^New password/)).toBeVisible();

  const [first, second] = await Promise.all([request.get('/sign-in'), request.get('/sign-in')]);
  const nonce = (policy = '') => /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(nonce(first.headers()['content-security-policy'])).toBeTruthy();
  expect(nonce(first.headers()['content-security-policy'])).not.toBe(nonce(second.headers()['content-security-policy']));
  expect(first.headers()['content-security-policy']).toContain("'strict-dynamic'");
  // Next put the same nonce on every script it rendered.
  const scripts = [...(await first.text()).matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce(first.headers()['content-security-policy'])}"`);
});

test.describe('signed in as an admin', () => {
  test.use({ storageState: STORAGE.admin });

  test('every dashboard and admin page loads under the nonce policy with nothing refused', async ({ page }) => {
    test.setTimeout(5 * 60_000);
    const interview = await interviewOfTheAdmin();
    try {
      const ids = { ...(await seededIds()), interviewId: interview.interviewId };
      const watch = await watchCsp(page);
      for (const visit of SIGNED_IN_VISITS) await visitClean(page, watch, fillIds(visit.url, ids));
    } finally {
      await interview.remove();
    }
  });

  test('the resume keeps its sandbox policy inside the applicant page', async ({ page }) => {
    const ids = await seededIds();
    const resume = await page.request.get(`/dashboard/applications/${ids.applicationId}/resume`);
    expect(resume.headers()['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'self'; sandbox");
    const applicant = await page.request.get(`/dashboard/applications/${ids.applicationId}`);
    expect(applicant.headers()['content-security-policy']).toMatch(/script-src 'nonce-[^']+' 'strict-dynamic'/);
  });
});
