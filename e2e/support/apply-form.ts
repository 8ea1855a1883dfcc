import { expect, type Page } from '@playwright/test';
import { resumePdf } from './files';

export interface Applicant {
  firstName?: string;
  lastName?: string;
  email: string;
  resume?: string | null;
  consent?: boolean;
}

/** Fills the standard fields of the apply form by their labels, as a person would. */
export async function fillApplication(page: Page, applicant: Applicant): Promise<void> {
  await page.getByLabel('First name').fill(applicant.firstName ?? 'Jane');
  await page.getByLabel('Last name').fill(applicant.lastName ?? 'Doe');
  await page.getByLabel('Email').fill(applicant.email);
  await page.getByLabel('Phone').fill('+1 512 555 0100');
  if (applicant.resume !== null) await page.getByLabel(/^Resume/).setInputFiles(applicant.resume ?? resumePdf());
  await page.getByLabel('Cover letter').fill('I would love to build Portico with you.');
  await page.getByLabel('LinkedIn profile').fill('https://www.linkedin.com/in/jane-doe');
  if (applicant.consent !== false) await page.getByLabel(/^I agree/).check();
}

export async function expectConfirmation(page: Page): Promise<string> {
  await expect(page).toHaveURL(/\/apply\/submitted\?ref=APP-/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Application received');
  const reference = new URL(page.url()).searchParams.get('ref') ?? '';
  await expect(page.getByText(reference)).toBeVisible();
  return reference;
}
