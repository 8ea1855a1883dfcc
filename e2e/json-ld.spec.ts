import { expect, test } from '@playwright/test';
import { db } from './support/db';

type JsonLd = Record<string, unknown> & {
  hiringOrganization?: { name?: string };
  jobLocation?: { address?: { addressCountry?: string } } | Array<{ address?: { addressCountry?: string } }>;
  baseSalary?: { currency?: string; value?: { minValue?: number; maxValue?: number; unitText?: string } };
  applicantLocationRequirements?: unknown;
};

// Google's required JobPosting properties, plus the recommended ones we promise.
function problems(ld: JsonLd): string[] {
  const missing: string[] = [];
  if (ld['@context'] !== 'https://schema.org') missing.push('@context');
  if (ld['@type'] !== 'JobPosting') missing.push('@type');
  for (const key of ['title', 'description', 'datePosted', 'employmentType', 'identifier']) if (!ld[key]) missing.push(key);
  if (!ld.hiringOrganization?.name) missing.push('hiringOrganization.name');
  const locations = Array.isArray(ld.jobLocation) ? ld.jobLocation : ld.jobLocation ? [ld.jobLocation] : [];
  const remote = ld.jobLocationType === 'TELECOMMUTE';
  if (!remote && !locations.every((l) => l.address?.addressCountry)) missing.push('jobLocation.address.addressCountry');
  if (!remote && locations.length === 0) missing.push('jobLocation');
  if (remote && !ld.applicantLocationRequirements) missing.push('applicantLocationRequirements');
  if (ld.directApply !== true) missing.push('directApply');
  if (typeof ld.datePosted === 'string' && Number.isNaN(Date.parse(ld.datePosted))) missing.push('datePosted (not a date)');
  if (ld.baseSalary && !ld.baseSalary.value?.unitText) missing.push('baseSalary.value.unitText');
  return missing;
}

test('every open job carries JobPosting JSON-LD with Google’s required fields', async ({ page, request }) => {
  await page.goto('/jobs');
  const hrefs = await page.locator('main a[href^="/jobs/"]').evaluateAll((links) =>
    [...new Set(links.map((a) => a.getAttribute('href') ?? ''))].filter((href) => /^\/jobs\/[a-z0-9-]+$/.test(href)),
  );
  expect(hrefs.length).toBeGreaterThanOrEqual(13);
  for (const href of hrefs) {
    const html = await (await request.get(href)).text();
    const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
    expect(scripts, href).toHaveLength(1);
    const ld = JSON.parse(scripts[0]![1]!) as JsonLd;
    expect(problems(ld), href).toEqual([]);
    // What the posting stores must reach the markup: its closing date and its pay.
    const [job] = await db()<{ closesAt: Date | null; payCurrency: string | null }[]>`
      select closes_at as "closesAt", pay_currency as "payCurrency" from jobs where slug = ${href.slice('/jobs/'.length)}`;
    expect(job, href).toBeDefined();
    if (job!.closesAt) expect(ld.validThrough, `${href} validThrough`).toBe(job!.closesAt.toISOString());
    else expect(ld.validThrough, `${href} validThrough`).toBeUndefined();
    if (job!.payCurrency) expect(ld.baseSalary?.currency, `${href} baseSalary`).toBe(job!.payCurrency);
  }
});

test('the company posting states its monthly pay range in USD', async ({ request }) => {
  const html = await (await request.get('/jobs/senior-software-engineer-backend')).text();
  const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!) as JsonLd;
  expect(ld.baseSalary).toMatchObject({
    '@type': 'MonetaryAmount',
    currency: 'USD',
    value: { '@type': 'QuantitativeValue', minValue: 11670.34, maxValue: 14174.54, unitText: 'MONTH' },
  });
  expect(ld.employmentType).toBe('FULL_TIME');
  expect(ld.jobLocation).toMatchObject({ address: { addressCountry: 'US' } });
});
