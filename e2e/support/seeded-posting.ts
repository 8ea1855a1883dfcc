import type { Locator, Page } from '@playwright/test';

export const SEEDED_SLUG = 'senior-software-engineer-backend';
export const SEEDED_TITLE = 'Senior Software Engineer (Backend)';

/**
 * The board's card for the company's seeded posting. The admin import spec publishes a copy
 * with the same title for a moment, so the card is told apart by its address, not its name.
 */
export function seededPostingCard(page: Page): Locator {
  return page.getByRole('listitem').filter({ has: page.locator(`a[href="/jobs/${SEEDED_SLUG}"]`) });
}

export function seededPostingLink(page: Page): Locator {
  return seededPostingCard(page).getByRole('link', { name: SEEDED_TITLE });
}
