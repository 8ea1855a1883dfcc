import { describe, expect, it } from 'vitest';
import { DEFAULT_EMAIL_TEMPLATES } from '@/lib/mail/default-templates';
import { plainTextToHtml, renderTemplate, SAMPLE_TEMPLATE_VALUES, templateProblems, templateValues } from './template-render';

describe('templateProblems', () => {
  it('accepts every known placeholder, with or without spaces inside the braces', () => {
    expect(templateProblems('Hi {{candidate_first_name}} ({{ candidate_name }}), {{job_title}} at {{company_name}}')).toEqual([]);
  });

  it('names each unknown placeholder once and lists the ones that exist', () => {
    const problems = templateProblems('{{job_tittle}} and {{job_tittle}} and {{salary}}');
    expect(problems).toHaveLength(2);
    expect(problems[0]).toBe(
      'Unknown placeholder {{job_tittle}}. Use one of {{candidate_name}}, {{candidate_first_name}}, {{job_title}}, {{company_name}}',
    );
    expect(problems[1]).toMatch(/^Unknown placeholder \{\{salary\}\}/);
  });

  it('refuses an empty placeholder and a brace left open', () => {
    expect(templateProblems('Hello {{}}')[0]).toMatch(/^Empty placeholder/);
    expect(templateProblems('Hello {{candidate_name')).toEqual(['A placeholder is not closed: write it as {{name}}, with two braces on each side']);
    expect(templateProblems('Hello candidate_name}}')).toHaveLength(1);
  });

  it('passes text with single braces, which are ordinary characters', () => {
    expect(templateProblems('Use {curly} braces freely')).toEqual([]);
  });
});

describe('renderTemplate', () => {
  const values = templateValues({ firstName: ' Ada ', lastName: 'Lovelace', jobTitle: 'Engineer', companyName: 'Acme' });

  it('fills the placeholders in the subject, text and HTML', () => {
    const email = renderTemplate({ subject: 'Your {{job_title}} application', body: 'Dear {{candidate_first_name}},\n\nThanks from {{company_name}}.' }, values);
    expect(email).toEqual({
      subject: 'Your Engineer application',
      text: 'Dear Ada,\n\nThanks from Acme.\n',
      html: '<p>Dear Ada,</p>\n<p>Thanks from Acme.</p>',
    });
    expect(values.candidate_name).toBe('Ada Lovelace');
  });

  it('escapes the values and the template text in the HTML, and keeps the text version literal', () => {
    const hostile = { ...values, candidate_first_name: '<script>alert("x")</script>' };
    const email = renderTemplate({ subject: 'Hi', body: 'Dear {{candidate_first_name}} & <b>friends</b>' }, hostile);
    expect(email.html).toBe('<p>Dear &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;friends&lt;/b&gt;</p>');
    expect(email.text).toBe('Dear <script>alert("x")</script> & <b>friends</b>\n');
  });

  it('keeps the subject on one line whatever the values hold', () => {
    const email = renderTemplate({ subject: 'For {{candidate_name}}', body: 'x' }, { ...values, candidate_name: 'Ada\r\nBcc: evil@example.com' });
    expect(email.subject).toBe('For Ada Bcc: evil@example.com');
    expect(email.subject).not.toMatch(/[\r\n]/);
  });

  it('turns single line breaks into <br> and blank lines into paragraphs', () => {
    expect(plainTextToHtml('one\ntwo\r\n\r\n\nthree')).toBe('<p>one<br>\ntwo</p>\n<p>three</p>');
  });

  it('renders every default template with no placeholder left over', () => {
    for (const template of DEFAULT_EMAIL_TEMPLATES) {
      expect(templateProblems(template.subject)).toEqual([]);
      expect(templateProblems(template.body)).toEqual([]);
      const email = renderTemplate(template, SAMPLE_TEMPLATE_VALUES);
      expect(`${email.subject}${email.text}${email.html}`).not.toContain('{{');
    }
  });
});
