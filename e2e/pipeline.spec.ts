import { expect as baseExpect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { addApplicants, jobsOfThisSpec, lastEvent, stageNameOf } from './support/pipeline-data';
import { STORAGE } from './support/storage';

// The kanban board: moving people by keyboard, by drag and drop, and rejecting with a reason.
// Each test makes its own job (closed, so it stays off the public board) and removes it.
test.use({ storageState: STORAGE.manager });
// Generous for a loaded CI machine, where a route or server action can take seconds to answer;
// on an idle machine these finish far sooner.
test.setTimeout(300_000);
const expect = baseExpect.configure({ timeout: 60_000 });

const job = jobsOfThisSpec(test);

/** Opens the board and waits for its script: dragging and the live announcements need it. */
async function openBoard(page: Page, jobId: number) {
  await page.goto(`/dashboard/jobs/${jobId}/board`);
  await expect(page.getByText('Drag a card to another column, or use “Move to…” on the card.')).toBeVisible();
}

const column = (page: Page, stage: string) => page.getByRole('region', { name: new RegExp(`^${stage}\\b`) });
const cardIn = (page: Page, stage: string, name: string) => column(page, stage).getByRole('listitem').filter({ has: page.getByRole('link', { name }) });

test('moves a card with the keyboard through "Move to…", and says so', async ({ page }) => {
  const mine = await job('keys');
  const [ada] = await addApplicants(mine.id, 2);
  await openBoard(page, mine.id);
  await expect(column(page, 'Applied').getByRole('listitem')).toHaveCount(2);
  await expectAccessible(page);

  const card = cardIn(page, 'Applied', ada!.name);
  await card.getByText('Move to…').focus();
  await page.keyboard.press('Enter');
  const stage = card.getByRole('combobox', { name: /^Move to/ });
  await stage.focus();
  await stage.selectOption({ label: 'Screening' });
  await card.getByRole('button', { name: 'Move' }).focus();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('status').filter({ hasText: `${ada!.name} moved to Screening.` })).toBeVisible();
  await expect(cardIn(page, 'Screening', ada!.name)).toBeVisible();
  await expect(column(page, 'Applied').getByRole('listitem')).toHaveCount(1);
  expect(await lastEvent(ada!.id)).toEqual({ to: 'Screening', reason: null });
});

test('moves a card by drag and drop', async ({ page }) => {
  const mine = await job('drag');
  const [ada] = await addApplicants(mine.id, 1);
  await openBoard(page, mine.id);
  await cardIn(page, 'Applied', ada!.name).dragTo(column(page, 'Interview'));
  await expect(cardIn(page, 'Interview', ada!.name)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: `${ada!.name} moved to Interview.` })).toBeVisible();
  await expect.poll(() => stageNameOf(ada!.id)).toBe('Interview');
});

test.describe('on a screen wide enough for every column', () => {
  // Playwright's drag scrolls the board mid-drag to reach a hidden column, which ends the drag;
  // from 1280 px the six default columns share the width and all fit.
  test.use({ viewport: { width: 1440, height: 900 } });

  test('dropping on Rejected asks for a reason, and refuses none', async ({ page }) => {
    const mine = await job('reject-drop');
    const [ada] = await addApplicants(mine.id, 1);
    await openBoard(page, mine.id);
    await cardIn(page, 'Applied', ada!.name).dragTo(column(page, 'Rejected'));
    const dialog = page.getByRole('dialog', { name: `Move ${ada!.name} to Rejected?` });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('Reason for rejection')).toBeFocused();
    await dialog.getByRole('button', { name: 'Reject' }).click();
    await expect(dialog.getByText('Choose a reason for rejecting this applicant')).toBeVisible();
    await expectAccessible(page);
    expect(await stageNameOf(ada!.id)).toBe('Applied');

    await dialog.getByLabel('Reason for rejection').selectOption({ label: 'Not enough relevant experience' });
    await dialog.getByLabel('Details (optional)').fill('Went with a candidate with more PostgreSQL');
    await dialog.getByRole('button', { name: 'Reject' }).click();
    await expect(dialog).toBeHidden();
    await expect(cardIn(page, 'Rejected', ada!.name)).toBeVisible();
    await expect.poll(() => lastEvent(ada!.id)).toEqual({ to: 'Rejected', reason: 'Went with a candidate with more PostgreSQL' });
  });
});

test('rejecting from a card’s form needs a reason too', async ({ page }) => {
  const mine = await job('reject-form');
  const [ada] = await addApplicants(mine.id, 1);
  await openBoard(page, mine.id);
  const card = cardIn(page, 'Applied', ada!.name);
  await card.getByText('Move to…').click();
  await card.getByRole('combobox', { name: /^Move to/ }).selectOption({ label: 'Rejected' });
  const reason = card.getByLabel('Reason for rejection (required when rejecting)');
  await expect(reason).toHaveAttribute('required', '');
  // The browser's own check would stop an empty reason; the server's answer is what this is about.
  await reason.evaluate((box: HTMLSelectElement) => (box.required = false));
  await card.getByRole('button', { name: 'Move' }).click();
  await expect(card.getByText('Choose a reason for rejecting this applicant')).toBeVisible();
  expect(await stageNameOf(ada!.id)).toBe('Applied');
  // The refusal keeps the chosen stage; only the reason is missing.
  await expect(card.getByRole('combobox', { name: /^Move to/ })).toHaveValue(/\d+/);
  await expect(card.getByRole('combobox', { name: /^Move to/ }).locator('option:checked')).toHaveText('Rejected');

  await reason.selectOption({ label: 'Not enough relevant experience' });
  await card.getByLabel('Details (optional)').fill('Salary expectations too far apart');
  await card.getByRole('button', { name: 'Move' }).click();
  await expect(cardIn(page, 'Rejected', ada!.name)).toBeVisible();
  expect(await lastEvent(ada!.id)).toEqual({ to: 'Rejected', reason: 'Salary expectations too far apart' });
});

test('a crowded column shows its newest ten, ten more at a time, and links to the rest in the table', async ({ page }) => {
  const mine = await job('crowded');
  const people = await addApplicants(mine.id, 22);
  await openBoard(page, mine.id);
  const applied = column(page, 'Applied');
  await expect(applied.getByRole('listitem')).toHaveCount(10);
  await expect(cardIn(page, 'Applied', people.at(-1)!.name)).toBeVisible();
  await expect(cardIn(page, 'Applied', people.at(-11)!.name)).toHaveCount(0);

  await applied.getByRole('link', { name: 'Show 10 more in Applied' }).click();
  await expect(applied.getByRole('listitem')).toHaveCount(20);
  await expect(page).toHaveURL(/[?&]shown=\d+\.20(#|$)/);
  // Focus lands on the first card of the new page, so a keyboard user carries on from there.
  await expect(cardIn(page, 'Applied', people.at(-11)!.name).getByRole('link', { name: people.at(-11)!.name })).toBeFocused();
  // Keyboard moves work on the cards that came with "Show more" too.
  const late = cardIn(page, 'Applied', people.at(-15)!.name);
  await late.getByText('Move to…').click();
  await late.getByRole('combobox', { name: /^Move to/ }).selectOption({ label: 'Screening' });
  await late.getByRole('button', { name: 'Move' }).click();
  await expect(cardIn(page, 'Screening', people.at(-15)!.name)).toBeVisible();
  expect(await lastEvent(people.at(-15)!.id)).toEqual({ to: 'Screening', reason: null });

  // 21 left in Applied, 20 of them shown: the last page has one.
  await applied.getByRole('link', { name: 'Show 1 more in Applied' }).click();
  await expect(applied.getByRole('listitem')).toHaveCount(21);
  await expect(applied.getByRole('link', { name: /^Show \d+ more/ })).toHaveCount(0);
  await expect(applied.getByRole('link', { name: /^Show all/ })).toHaveCount(0);

  await page.goto(`/dashboard/jobs/${mine.id}/board`);
  await applied.getByRole('link', { name: /^Show all 21 in table/ }).click();
  await expect(page).toHaveURL(new RegExp(`/dashboard/jobs/${mine.id}\\?stage=\\d+$`));
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(22);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a card’s form moves, asks for the reason a rejection needs, and columns still page', async ({ page }) => {
    const mine = await job('no-js');
    const people = await addApplicants(mine.id, 12);
    await page.goto(`/dashboard/jobs/${mine.id}/board`);
    await expect(page.getByText('Use “Move to…” on a card to move it.')).toBeVisible();
    const newest = people.at(-1)!;
    let card = cardIn(page, 'Applied', newest.name);
    await card.getByText('Move to…').click();
    // Only the stage and "Move" until a rejection needs more.
    await expect(card.getByLabel(/^Reason for rejection/)).toHaveCount(0);
    await card.getByRole('combobox', { name: /^Move to/ }).selectOption({ label: 'Rejected' });
    await card.getByRole('button', { name: 'Move' }).click();

    card = cardIn(page, 'Applied', newest.name);
    await card.getByText('Move to…').click();
    await expect(card.getByText('Choose a reason for rejecting this applicant')).toBeVisible();
    await expect(card.getByRole('combobox', { name: /^Move to/ }).locator('option:checked')).toHaveText('Rejected');
    expect(await stageNameOf(newest.id)).toBe('Applied');
    await card.getByLabel(/^Reason for rejection/).selectOption({ label: 'Not enough relevant experience' });
    await card.getByLabel('Details (optional)').fill('Moved without JavaScript');
    await card.getByRole('button', { name: 'Move' }).click();
    await expect(cardIn(page, 'Rejected', newest.name)).toBeVisible();
    expect(await lastEvent(newest.id)).toEqual({ to: 'Rejected', reason: 'Moved without JavaScript' });

    await expect(column(page, 'Applied').getByRole('listitem')).toHaveCount(10);
    await column(page, 'Applied').getByRole('link', { name: 'Show 1 more in Applied' }).click();
    await expect(column(page, 'Applied').getByRole('listitem')).toHaveCount(11);
  });
});
