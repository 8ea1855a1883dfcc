import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Zero axe violations at WCAG 2.1 A and AA; a failure lists each rule and its elements. */
export async function expectAccessible(page: Page): Promise<void> {
  // After a server action the router re-renders the page and Next puts its <title> back a moment
  // later; axe run in between reported a page without one. Every page must have a title: waited
  // for here (and failed if it never comes), then the rest is checked on the settled page.
  await expect(page, 'the page has a title').toHaveTitle(/\S/);
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
  expect(summary, 'axe violations').toEqual([]);
}
