import { test } from '@playwright/test';
import { visitClean, watchCsp } from './support/csp';
import { applyAndOpenStatusPage, PUBLIC_VISITS } from './support/csp-visits';

// The public pages on a phone (Pixel 7): the same policy, nothing refused.
test('public pages and the apply flow on a phone: nothing refused by the CSP', async ({ page }) => {
  test.setTimeout(4 * 60_000);
  const watch = await watchCsp(page);
  for (const visit of PUBLIC_VISITS) await visitClean(page, watch, visit.url, visit.status);
  await applyAndOpenStatusPage(page, watch);
});
