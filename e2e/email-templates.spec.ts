import { expect as baseExpect, test } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { db } from './support/db';
import { addApplicants, jobsOfThisSpec } from './support/pipeline-data';
import { STORAGE } from './support/storage';

// Stage-change emails: an admin edits and previews a template; a hiring manager rejects with
// it, and the email waits in the outbox. Each test makes its own job and applicants.
test.setTimeout(300_000);
const expect = baseExpect.configure({ timeout: 30_000 });
const job = jobsOfThisSpec(test);

/** The addresses of the stage emails queued for these applications, sorted. */
async function stageEmailsTo(applicationIds: number[]): Promise<string[]> {
  const rows = await db()<{ to_address: string }[]>`
    select o.to_address from email_outbox o join stage_events e on o.dedupe_key = 'stage-email:' || e.id
    where e.application_id in ${db()(applicationIds)} order by o.to_address`;
  return rows.map((r) => r.to_address);
}

test.describe('as an admin', () => {
  test.use({ storageState: STORAGE.admin });

  test('edits the rejection template, is told about an unknown placeholder, and previews it', async ({ page }) => {
    await page.goto('/admin/email-templates');
    await expect(page.getByRole('heading', { level: 1, name: 'Email templates' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Rejection', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Rejection' })).toBeVisible();
    await expectAccessible(page);

    const body = page.getByLabel(/^Email text/);
    await body.fill('Dear {{candidate_first_name}}, about {{salary}}.');
    await page.getByRole('button', { name: 'Save template' }).click();
    await expect(page.getByText(/Unknown placeholder \{\{salary\}\}\. Use one of/).first()).toBeVisible();

    const marker = `Marker ${Date.now().toString(36)}`;
    await body.fill(`Dear {{candidate_first_name}},\n\nThank you for applying for {{job_title}}. ${marker}.\n\nThe {{company_name}} team`);
    // The live preview fills the sample values in as the admin types.
    const live = page.getByRole('figure', { name: 'Preview of the edited email' });
    await expect(live.getByText(`Thank you for applying for Senior Software Engineer. ${marker}.`)).toBeVisible();
    await page.getByRole('button', { name: 'Save template' }).click();
    await expect(page.getByText('Template saved. Emails sent from now on use it.')).toBeVisible();

    await page.getByRole('link', { name: 'Preview the saved template' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Preview: Rejection' })).toBeVisible();
    const saved = page.getByRole('figure', { name: 'Preview of the Rejection email' });
    await expect(saved.getByText('Dear Ada,')).toBeVisible();
    await expect(saved.getByText(marker, { exact: false })).toBeVisible();
    await expectAccessible(page);
    const [audit] = await db()<{ after: { body: string } }[]>`
      select after from audit_log where action = 'email_template.updated' and entity_id = 'rejection' order by id desc limit 1`;
    expect(audit?.after.body).toContain(marker);
  });
});

test.describe('as a hiring manager', () => {
  test.use({ storageState: STORAGE.manager });

  test('rejects an applicant with the rejection email, previewed first; the email is in the outbox', async ({ page }) => {
    const mine = await job('email');
    const [pat] = await addApplicants(mine.id, 1);
    await page.goto(`/dashboard/applications/${pat!.id}`);
    await page.getByLabel('Move to').selectOption({ label: 'Rejected' });
    await page.getByLabel('Reason for rejection (required when rejecting)').selectOption({ label: 'Not enough relevant experience' });
    await page.getByLabel('Send email').selectOption({ label: 'Rejection' });
    const preview = page.getByRole('figure', { name: `Preview of the email to ${pat!.email}` });
    await expect(preview.getByText('Dear Pat,')).toBeVisible();
    await expect(preview.getByText(`Your application for ${mine.title}`, { exact: false })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Move', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Moved to Rejected; email queued' })).toBeVisible();

    const rows = await db()<{ to_address: string; subject: string; dedupe_key: string }[]>`
      select o.to_address, o.subject, o.dedupe_key from email_outbox o
      join stage_events e on o.dedupe_key = 'stage-email:' || e.id
      where e.application_id = ${pat!.id}`;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ to_address: pat!.email, subject: expect.stringContaining(mine.title) });
  });

  test('rejects two applicants at once from the table, one email each', async ({ page }) => {
    const mine = await job('bulk-email');
    const [a, b] = await addApplicants(mine.id, 2);
    await page.goto(`/dashboard/jobs/${mine.id}`);
    await page.getByRole('checkbox', { name: `Select ${a!.name}` }).check();
    await page.getByRole('checkbox', { name: `Select ${b!.name}` }).check();
    await page.getByLabel('Reason for rejection (required when rejecting)').selectOption({ label: 'Not enough relevant experience' });
    await page.getByLabel('Send email').selectOption({ label: 'Rejection' });
    await page.getByRole('button', { name: 'Reject selected' }).click();
    await expect(page.getByText('Moved 2 applicants to Rejected; 2 emails queued')).toBeVisible();
    expect(await stageEmailsTo([a!.id, b!.id])).toEqual([a!.email, b!.email].sort());
    await expectAccessible(page);
  });

  test.describe('on a screen wide enough for every column', () => {
    test.use({ viewport: { width: 1440, height: 900 } });

    test('drops a card on Rejected and sends the rejection email from the dialog, previewed', async ({ page }) => {
      const mine = await job('board-email');
      const [ada] = await addApplicants(mine.id, 1);
      await page.goto(`/dashboard/jobs/${mine.id}/board`);
      await expect(page.getByText('Drag a card to another column, or use “Move to…” on the card.')).toBeVisible();
      const applied = page.getByRole('region', { name: /^Applied\b/ }).getByRole('listitem').filter({ has: page.getByRole('link', { name: ada!.name }) });
      await applied.dragTo(page.getByRole('region', { name: /^Rejected\b/ }));
      const dialog = page.getByRole('dialog', { name: `Move ${ada!.name} to Rejected?` });
      await dialog.getByLabel('Reason for rejection').selectOption({ label: 'Not enough relevant experience' });
      await dialog.getByLabel('Send email').selectOption({ label: 'Rejection' });
      await expect(dialog.getByRole('figure', { name: `Preview of the email to ${ada!.name}` }).getByText('Dear Pat,')).toBeVisible();
      await expectAccessible(page);
      await dialog.getByRole('button', { name: 'Reject' }).click();
      await expect(dialog).toBeHidden();
      await expect.poll(() => stageEmailsTo([ada!.id])).toEqual([ada!.email]);
    });
  });

  test('chooses a daily digest in their settings', async ({ page }) => {
    await page.goto('/dashboard/settings');
    await expect(page.getByRole('heading', { level: 1, name: 'Your settings' })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel(/^Daily digest/).check();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved. New applications: Daily digest.' })).toBeVisible();
    const [row] = await db()<{ p: string }[]>`select notification_preference as p from users where email = 'manager@example.com'`;
    expect(row?.p).toBe('digest');
    // Back to the default, so other specs see the seeded state.
    await db()`update users set notification_preference = 'instant' where email = 'manager@example.com'`;
  });

  test('gets a 404 for the admin email templates', async ({ page }) => {
    const response = await page.goto('/admin/email-templates');
    expect(response?.status()).toBe(404);
    const edit = await page.goto('/admin/email-templates/rejection');
    expect(edit?.status()).toBe(404);
  });
});
