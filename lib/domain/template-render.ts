// Stage-change email templates: plain text with {{placeholders}}, rendered to a subject, a plain
// text body and an HTML body. Client-safe (the admin form validates with it too).
//
// Why not HTML or Markdown: the people who edit templates are admins, not developers, and
// the values (a candidate's name) come from the public. Plain text in, escaped HTML out means
// neither an admin's typo nor a candidate called "<script>" can change the email's markup.

export const TEMPLATE_PLACEHOLDERS = ['candidate_name', 'candidate_first_name', 'job_title', 'company_name'] as const;
export type TemplatePlaceholder = (typeof TEMPLATE_PLACEHOLDERS)[number];
export type TemplateValues = Record<TemplatePlaceholder, string>;

/** What the admin preview fills in. */
export const SAMPLE_TEMPLATE_VALUES: TemplateValues = {
  candidate_name: 'Ada Lovelace',
  candidate_first_name: 'Ada',
  job_title: 'Senior Software Engineer',
  company_name: 'Portico',
};

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
const KNOWN = new Set<string>(TEMPLATE_PLACEHOLDERS);
const LIST = TEMPLATE_PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ');

/**
 * Every problem with a template text, each a sentence a person can act on: unknown placeholders
 * (a typo would otherwise reach candidates as "{{job_tittle}}") and braces left open.
 */
export function templateProblems(text: string): string[] {
  const problems: string[] = [];
  const unknown = new Set<string>();
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? '';
    if (!KNOWN.has(name)) unknown.add(name);
  }
  for (const name of unknown) {
    problems.push(name ? `Unknown placeholder {{${name}}}. Use one of ${LIST}` : `Empty placeholder {{}}. Use one of ${LIST}`);
  }
  // What remains after removing well-formed placeholders must not contain a lone {{ or }}.
  const rest = text.replace(PLACEHOLDER, '');
  if (rest.includes('{{') || rest.includes('}}')) problems.push('A placeholder is not closed: write it as {{name}}, with two braces on each side');
  return problems;
}

function fill(text: string, values: TemplateValues, oneLine: boolean): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    if (!KNOWN.has(name)) return whole;
    const value = values[name as TemplatePlaceholder];
    // A name with a line break must not add lines to a subject (mail headers are one line).
    return oneLine ? value.replace(/\s+/g, ' ').trim() : value;
  });
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Blank lines separate paragraphs; a single line break stays a line break. Everything is escaped. */
export function plainTextToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${paragraph.split('\n').map(escapeHtml).join('<br>\n')}</p>`)
    .join('\n');
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

export function renderTemplate(template: { subject: string; body: string }, values: TemplateValues): RenderedEmail {
  const subject = fill(template.subject, values, true).replace(/\s+/g, ' ').trim();
  const text = `${fill(template.body, values, false).replace(/\r\n?/g, '\n').trim()}\n`;
  return { subject, text, html: plainTextToHtml(text) };
}

/** The values for one candidate: the first name is the first word of what they typed. */
export function templateValues(input: { firstName: string; lastName: string; jobTitle: string; companyName: string }): TemplateValues {
  const first = input.firstName.trim();
  return {
    candidate_name: `${first} ${input.lastName.trim()}`.trim(),
    candidate_first_name: first,
    job_title: input.jobTitle,
    company_name: input.companyName,
  };
}
