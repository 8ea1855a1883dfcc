import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { markdownToPlainText } from '@/lib/markdown/render';
import { importJobDescription } from './job-description';

const here = path.dirname(fileURLToPath(import.meta.url));
// The project ships its own copy (the seed imports it); the company's master copy lives in
// ../shared when this checkout sits beside it, and the two must not drift apart.
const postingFile = path.resolve(here, '../../db/seed-data/senior-software-engineer-backend.txt');
const sharedDir = process.env.PORTICO_SHARED_DIR ?? path.resolve(here, '../../../shared');
const sharedPostingFile = path.join(sharedDir, 'postings/senior-software-engineer-backend.txt');

// The company's real first posting must round-trip; a missing file is a failure, not a skip.
function readPosting(): string {
  if (!existsSync(postingFile)) throw new Error(`Company posting not found at ${postingFile}`);
  return readFileSync(postingFile, 'utf8');
}

it('ships the company posting exactly as the shared master copy (when the master copy is present)', () => {
  const posting = readPosting();
  expect(posting).toContain('Pay: $11,670.34 – $14,174.54 per month');
  expect(posting).toContain('Work Location: In person');
  if (existsSync(sharedPostingFile)) expect(posting).toBe(readFileSync(sharedPostingFile, 'utf8'));
});

function section(markdown: string, heading: string): string[] {
  const start = markdown.indexOf(`## ${heading}\n`);
  expect(start, `section "${heading}"`).toBeGreaterThanOrEqual(0);
  const rest = markdown.slice(start + heading.length + 4);
  const end = rest.indexOf('\n## ');
  return (end === -1 ? rest : rest.slice(0, end)).split('\n').filter((l) => l.startsWith('- '));
}

describe('importJobDescription — the Senior Software Engineer (Backend) posting', () => {
  const job = importJobDescription(readPosting());

  it('reads the title and summary', () => {
    expect(job.title).toBe('Senior Software Engineer (Backend)');
    expect(job.summary).toBe(
      'Lead design and implementation of scalable, reliable backend systems and services; mentor engineers, drive architecture and technical decisions, and ensure delivery of high-quality server-side software.',
    );
    expect(job.descriptionMarkdown).toMatch(/^## Position summary\n\nLead design and implementation/);
  });

  it('mends the twelve responsibility lead-ins into bold', () => {
    const bullets = section(job.descriptionMarkdown, 'Key responsibilities');
    expect(bullets).toHaveLength(12);
    for (const bullet of bullets) expect(bullet).toMatch(/^- \*\*[^*]+:\*\* \S/);
    expect(bullets[0]).toBe(
      '- **System design & architecture:** Architect backend services, microservices, APIs, data models, and integration patterns to meet scalability, availability, and maintainability goals.',
    );
    expect(bullets[1]).toMatch(/^- \*\*Implementation:\*\* Write clean, performant/);
    expect(bullets[11]).toMatch(/^- \*\*Technical strategy & process:\*\* Influence technical roadmap/);
    expect(job.descriptionMarkdown).not.toContain('&*');
    // ":**" closes the mended bold; a lone ":*" would be the broken markup left behind.
    expect(job.descriptionMarkdown).not.toMatch(/:\*(?!\*)/);
  });

  it('keeps the qualification lists as written, without bolding them', () => {
    const required = section(job.descriptionMarkdown, 'Required qualifications');
    const preferred = section(job.descriptionMarkdown, 'Preferred qualifications');
    expect(required).toHaveLength(9);
    expect(preferred).toHaveLength(5);
    expect(required[0]).toBe('- Bachelor’s degree in Computer Science or equivalent experience.');
    expect(required).toContain('- Strong testing discipline: unit, integration, and end-to-end testing.');
    expect(job.descriptionMarkdown).toContain('(e.g., Java/Spring, Go, Python/Django/Flask, Node.js/Express, C#/.NET)');
    expect(preferred[4]).toBe('- Advanced degree or relevant certifications.');
  });

  it('takes pay and work location out of the description', () => {
    expect(job.pay).toEqual({ min: '11670.34', max: '14174.54', currency: 'USD', period: 'month' });
    expect(job.workplaceType).toBe('on_site');
    expect(job.employmentType).toBeNull();
    expect(job.warnings).toEqual(['No employment type found (full-time, part-time, contract…)']);
    expect(job.descriptionMarkdown).not.toMatch(/Pay:|Work Location|\$11,670/);
    expect(job.descriptionMarkdown.match(/^## /gm)).toHaveLength(4);
  });

  it('renders back to the words of the source, minus the stray markup', () => {
    const rendered = markdownToPlainText(job.descriptionMarkdown);
    const body = readPosting().trim().split('\n').slice(1, -2);
    expect(body).toHaveLength(31);
    for (const line of body) expect(rendered).toContain(line.replace(/^- /, '').replace(/\*/g, ''));
  });

  it('gives the same result with CRLF line endings and stray whitespace', () => {
    const messy = `\n  ${readPosting().replace(/\n/g, '  \r\n')}\r\n\r\n`;
    expect(importJobDescription(messy)).toEqual(job);
  });
});

describe('importJobDescription — other inputs', () => {
  const base = (extra: string) => `Barista - Job Description\nAbout the role\nMake great coffee.\n${extra}`;

  it('reads hourly euro pay and a hybrid workplace', () => {
    const job = importJobDescription(base('Pay: €45 – €60 per hour\nWork Location: Hybrid remote in Berlin\nJob Type: Part-time'));
    expect(job.title).toBe('Barista');
    expect(job.pay).toEqual({ min: '45.00', max: '60.00', currency: 'EUR', period: 'hour' });
    expect(job.workplaceType).toBe('hybrid');
    expect(job.employmentType).toBe('part_time');
    expect(job.warnings).toEqual([]);
  });

  it.each([
    ['Salary: $120,000 to $150,000 per year', { min: '120000.00', max: '150000.00', currency: 'USD', period: 'year' }],
    ['Pay: £30k-£40k annually', { min: '30000.00', max: '40000.00', currency: 'GBP', period: 'year' }],
    ['Compensation: USD 90,000 - 110,000 yearly', { min: '90000.00', max: '110000.00', currency: 'USD', period: 'year' }],
    ['Pay: $22.50/hr', { min: '22.50', max: '22.50', currency: 'USD', period: 'hour' }],
    ['Pay: From $95,000 a year', { min: '95000.00', max: '95000.00', currency: 'USD', period: 'year' }],
    ['Pay: $300 - $400 per day', { min: '300.00', max: '400.00', currency: 'USD', period: 'day' }],
  ])('reads %s', (line, pay) => {
    expect(importJobDescription(base(line)).pay).toEqual(pay);
  });

  it('warns when there is no pay, and keeps an unreadable pay line in the text', () => {
    expect(importJobDescription(base('')).warnings).toContain('No pay range found');
    const job = importJobDescription(base('Pay: competitive'));
    expect(job.pay).toBeNull();
    expect(job.warnings.some((w) => w.includes('Could not read the pay'))).toBe(true);
    expect(job.descriptionMarkdown).toContain('Pay: competitive');
  });

  it('reads remote and full-time from key lines or standalone words', () => {
    const job = importJobDescription(base('Location: Remote\nFull-time'));
    expect(job.workplaceType).toBe('remote');
    expect(job.employmentType).toBe('full_time');
    expect(job.descriptionMarkdown).not.toMatch(/Remote|Full-time/);
  });

  it('reads varied bullets, headings with colons and unknown headings', () => {
    const text = [
      'Data Analyst', '', 'OVERVIEW:', 'We measure things.', '', 'What you’ll do:',
      '• Reporting: Build weekly dashboards.', '* Modelling: Forecast demand.', '– Hiring: Help interview analysts.',
      'Tech stack', '- SQL', '- Python_3 and snake_case names', 'Benefits', '1. 25 days of leave',
    ].join('\n');
    const job = importJobDescription(text);
    expect(job.summary).toBe('We measure things.');
    expect(job.descriptionMarkdown).toBe([
      '## OVERVIEW', 'We measure things.',
      '## What you’ll do', '- **Reporting:** Build weekly dashboards.\n- **Modelling:** Forecast demand.\n- **Hiring:** Help interview analysts.',
      '## Tech stack', '- SQL\n- Python_3 and snake_case names',
      '## Benefits', '- 25 days of leave',
    ].join('\n\n'));
  });

  it('escapes characters markdown would otherwise interpret', () => {
    const job = importJobDescription('Role\nSummary\nUse *args, `code`, [links] and <b>tags</b>.\n# not a heading.');
    expect(job.descriptionMarkdown).toBe('## Summary\n\nUse \\*args, \\`code\\`, \\[links] and \\<b>tags\\</b>.\n\n\\# not a heading.');
    expect(markdownToPlainText(job.descriptionMarkdown)).toBe('Summary Use *args, `code`, [links] and <b>tags</b>. # not a heading.');
  });

  it('makes the whole text the description when no section is recognised', () => {
    const job = importJobDescription('Gardener\nLook after the grounds and the greenhouse.\nNo experience needed.');
    expect(job.title).toBe('Gardener');
    expect(job.summary).toBe('Look after the grounds and the greenhouse.');
    expect(job.descriptionMarkdown).toBe('Look after the grounds and the greenhouse.\n\nNo experience needed.');
    expect(job.warnings).toContain('No recognised sections; the whole text became the description');
  });

  it('joins hard-wrapped lines and handles empty input', () => {
    const job = importJobDescription('Welder\nWe build bridges\nand ships.');
    expect(job.descriptionMarkdown).toBe('We build bridges and ships.');
    expect(importJobDescription('  \r\n ')).toMatchObject({ title: '', descriptionMarkdown: '', warnings: ['The text is empty'] });
  });
});
