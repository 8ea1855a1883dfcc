import { createHash, randomBytes, randomInt } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import ical from 'node-ical';
import { expectAccessible } from './support/axe';
import { db } from './support/db';
import { addApplicants, jobsOfThisSpec, userId } from './support/pipeline-data';
import { STORAGE } from './support/storage';

// Issue 14's journeys: schedule → invitation that node-ical reads → reschedule → cancel; a
// candidate booking an offered time without JavaScript; a scorecard hidden until submitted; the
// stage editor. Each test makes its own job (closed, off the public board) and removes it.
test.use({ storageState: STORAGE.manager });
test.setTimeout(180_000);
const job = jobsOfThisSpec(test);

/** A wall-clock time far ahead, unique per call, so parallel tests never book the manager twice. */
function futureSlot(): string {
  const day = new Date(Date.UTC(2031 + randomInt(0, 8), randomInt(0, 12), randomInt(1, 28), randomInt(6, 18), randomInt(0, 4) * 15));
  return day.toISOString().slice(0, 16);
}

async function invitations(email: string, kind: string) {
  return db()<{ ics: string }[]>`select calendar_ics as ics from email_outbox where to_address = ${email} and kind = ${kind} order by id`;
}

function parseCalendar(text: string) {
  const parsed = ical.sync.parseICS(text);
  const event = Object.values(parsed).find((item) => item?.type === 'VEVENT');
  if (!event || event.type !== 'VEVENT') throw new Error('no VEVENT');
  return { uid: event.uid, sequence: Number(event.sequence), method: (parsed.vcalendar as { method?: string } | undefined)?.method };
}

async function fillTimes(page: Page, start: string, place: string) {
  await page.getByLabel('Starts').fill(start);
  await page.getByLabel('Place').fill(place);
  await page.getByLabel(/manager@example\.com/).check();
}

test('schedule, reschedule and cancel an interview: the candidate gets REQUEST, update and CANCEL of one event', async ({ page }) => {
  const mine = await job('interview');
  const [ada] = await addApplicants(mine.id, 1);
  await page.goto(`/dashboard/applications/${ada!.id}`);
  await page.getByRole('link', { name: 'Schedule an interview' }).click();
  await expect(page.getByRole('heading', { name: `Schedule an interview with ${ada!.name}` })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Schedule and send invitations' }).click();
  await expect(page.getByText('Check the fields marked below.')).toBeVisible();
  await fillTimes(page, futureSlot(), 'Room 1, Main St.');
  await page.getByRole('button', { name: 'Schedule and send invitations' }).click();
  await expect(page.getByText('Interview scheduled: invitations are on their way.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Activity, oldest first' })).toContainText('Scheduled');
  await expectAccessible(page);

  const [invite] = await invitations(ada!.email, 'interview-invite');
  const first = parseCalendar(invite!.ics);
  expect(first).toMatchObject({ sequence: 0, method: 'REQUEST' });

  await page.getByRole('link', { name: /Reschedule or cancel/ }).click();
  await expectAccessible(page);
  await page.getByLabel('Starts').fill(futureSlot());
  await page.getByRole('button', { name: 'Save and send updates' }).click();
  await expect(page.getByText('Interview moved: everyone gets the updated invitation.')).toBeVisible();
  const [update] = await invitations(ada!.email, 'interview-update');
  expect(parseCalendar(update!.ics)).toEqual({ uid: first.uid, sequence: 1, method: 'REQUEST' });

  await page.getByRole('link', { name: /Reschedule or cancel/ }).click();
  await page.getByRole('button', { name: 'Cancel the interview' }).click();
  await expect(page.getByText('Interview cancelled: everyone gets a cancellation.')).toBeVisible();
  const [cancel] = await invitations(ada!.email, 'interview-cancel');
  expect(parseCalendar(cancel!.ics)).toEqual({ uid: first.uid, sequence: 2, method: 'CANCEL' });
});

test.describe('self-scheduling', () => {
  test('the team offers a time, and the candidate books it on the status page without JavaScript', async ({ page, browser }) => {
    const mine = await job('self-schedule');
    const [ada] = await addApplicants(mine.id, 1);
    await page.goto(`/dashboard/jobs/${mine.id}/slots`);
    await fillTimes(page, futureSlot(), 'Room 2');
    await page.getByRole('button', { name: 'Offer this time' }).click();
    await expect(page.getByText('Time offered.')).toBeVisible();
    await expectAccessible(page);
    await page.goto(`/dashboard/applications/${ada!.id}/schedule`);
    await page.getByRole('button', { name: 'Ask the candidate to pick a time' }).click();
    await expect(page.getByText('The candidate is asked to pick one of the offered times.')).toBeVisible();

    const token = randomBytes(32).toString('base64url');
    await db()`update applications set status_token_hash = ${createHash('sha256').update(token).digest('hex')} where id = ${ada!.id}`;
    // axe runs its script in the page, so the status page is checked in a context with JavaScript;
    // the booking itself is made without.
    const checked = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const reader = await checked.newPage();
    await reader.goto(`/applications/status/${token}`);
    await expect(reader.getByRole('heading', { name: 'Your interviews' })).toBeVisible();
    await expectAccessible(reader);
    await checked.close();
    const context = await browser.newContext({ javaScriptEnabled: false, storageState: { cookies: [], origins: [] } });
    const candidate = await context.newPage();
    await candidate.goto(`/applications/status/${token}`);
    await expect(candidate.getByRole('heading', { name: 'Your interviews' })).toBeVisible();
    await candidate.getByRole('radio', { name: /minutes/ }).first().check();
    await candidate.getByRole('button', { name: 'Book this time' }).click();
    await expect(candidate.getByText('Your interview is booked.')).toBeVisible();
    await expect(candidate.getByRole('link', { name: /Add to your calendar/ })).toBeVisible();
    const response = await candidate.request.get(await candidate.getByRole('link', { name: /Add to your calendar/ }).getAttribute('href').then((href) => href!));
    expect(response.headers()['content-type']).toContain('text/calendar');
    expect(parseCalendar(await response.text()).method).toBe('REQUEST');
    await context.close();
    const [row] = await db()<{ status: string }[]>`select status from interviews where application_id = ${ada!.id}`;
    expect(row?.status).toBe('scheduled');
  });
});

test('a scorecard hides the others’ until the interviewer submits theirs', async ({ page }) => {
  const mine = await job('scorecard', ['manager@example.com', 'admin@example.com']);
  const [ada] = await addApplicants(mine.id, 1);
  const [plan] = await db()<{ id: number }[]>`insert into interview_plans (job_id, version) values (${mine.id}, 1) returning id`;
  const [kind] = await db()<{ id: number }[]>`
    insert into interview_kinds (plan_id, key, position, name, criteria)
    values (${plan!.id}, 'technical', 0, 'Technical interview', ${db().json([{ key: 'depth', label: 'Technical depth' }])}) returning id`;
  const [interview] = await db()<{ id: number }[]>`
    insert into interviews (application_id, interview_kind_id, uid, status, starts_at, duration_minutes, location)
    values (${ada!.id}, ${kind!.id}, ${`${randomBytes(8).toString('hex')}@e2e`}, 'scheduled', now() - interval '2 hours', 60, 'Room 3') returning id`;
  const [manager, admin] = [await userId('manager@example.com'), await userId('admin@example.com')];
  await db()`insert into interview_interviewers (interview_id, user_id) values (${interview!.id}, ${manager}), (${interview!.id}, ${admin})`;
  await db()`insert into scorecards (interview_id, application_id, user_id, recommendation, notes) values (${interview!.id}, ${ada!.id}, ${admin}, 'strong_yes', 'Admin thinks highly')`;

  await page.goto(`/dashboard/interviews/${interview!.id}/scorecard`);
  await expect(page.getByText('1 scorecard is hidden until you submit yours')).toBeVisible();
  await expect(page.getByText('Admin thinks highly')).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole('group', { name: 'Technical depth' }).getByLabel('3 Good').check();
  await page.getByRole('group', { name: 'Overall recommendation' }).getByLabel('Yes', { exact: true }).check();
  await page.getByLabel('Notes').fill('Solid on indexes');
  await page.getByRole('button', { name: 'Submit scorecard' }).click();
  await expect(page.getByText('Scorecard submitted.')).toBeVisible();
  await page.reload();
  await expect(page.getByText('Admin thinks highly')).toBeVisible();
  await expect(page.getByText('1 strong yes, 1 yes · average 3.5 of 4')).toBeVisible();
});

test('writes to a candidate from the applicant page: preview, then send through the outbox', async ({ page }) => {
  const mine = await job('email');
  const [pat] = await addApplicants(mine.id, 1);
  await page.goto(`/dashboard/applications/${pat!.id}`);
  await page.getByRole('link', { name: 'Email the candidate' }).click();
  await page.getByLabel('Subject').fill('About {{job_title}}');
  await page.getByLabel('Message').fill('Hello {{candidate_first_name}},\n\nCould you send us your portfolio?');
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByRole('figure', { name: `Preview of the email to ${pat!.email}` });
  await expect(preview).toContainText('Hello Pat,');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Send email' }).click();
  await expect(page.getByText(`Email to ${pat!.email} queued.`)).toBeVisible();
  const rows = await db()<{ subject: string }[]>`select subject from email_outbox where to_address = ${pat!.email} and kind = 'candidate-message'`;
  expect(rows.map((r) => r.subject)).toEqual([`About ${mine.title}`]);
});

test('the user’s upcoming interviews and settings pages are accessible', async ({ page }) => {
  await page.goto('/dashboard/interviews');
  await expect(page.getByRole('heading', { name: 'Upcoming interviews' })).toBeVisible();
  await expectAccessible(page);
  await page.goto('/dashboard/settings');
  await page.getByLabel('Your time zone').selectOption('Europe/Paris');
  await page.getByRole('button', { name: 'Save time zone' }).click();
  await expect(page.getByText('Saved. Times are shown in Europe/Paris.')).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Your time zone').selectOption('');
  await page.getByRole('button', { name: 'Save time zone' }).click();
  await expect(page.getByText('Saved. Times are shown in the company’s time zone.')).toBeVisible();
});

test.describe('as admin', () => {
  test.use({ storageState: STORAGE.admin });

  test('edits a job’s stages: add one, move it up; keeps the rejection reasons', async ({ page }) => {
    const mine = await job('stages');
    await page.goto(`/dashboard/jobs/${mine.id}/stages`);
    await expectAccessible(page);
    await page.getByLabel('New stage name').fill('Take-home');
    await page.getByLabel('Kind', { exact: true }).last().selectOption('interview');
    await page.getByRole('button', { name: 'Add stage' }).click();
    await expect(page.getByText('Stage added.')).toBeVisible();
    await page.getByRole('button', { name: 'Move up Take-home' }).click();
    await expect(page.getByText('Stage moved up.')).toBeVisible();
    const order = await db()<{ name: string }[]>`select name from stages where job_id = ${mine.id} and removed_at is null order by position`;
    expect(order.map((s) => s.name)).toEqual(['Applied', 'Screening', 'Interview', 'Offer', 'Hired', 'Take-home', 'Rejected']);

    await page.goto('/admin/rejection-reasons');
    await expect(page.getByRole('heading', { name: 'Rejection reasons' })).toBeVisible();
    await expectAccessible(page);
  });
});
