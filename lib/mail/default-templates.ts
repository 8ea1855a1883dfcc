// The templates every installation starts with. The migration that creates email_templates
// inserts the same rows for existing databases; db/seed.ts (seedBase) adds any that are missing.
// A unit test keeps the two in step.

export interface DefaultEmailTemplate {
  slug: string;
  name: string;
  subject: string;
  body: string;
}

export const DEFAULT_EMAIL_TEMPLATES: readonly DefaultEmailTemplate[] = [
  {
    slug: 'rejection',
    name: 'Rejection',
    subject: 'Your application for {{job_title}} at {{company_name}}',
    body: [
      'Dear {{candidate_first_name}},',
      '',
      'Thank you for applying for the {{job_title}} role at {{company_name}} and for the time you gave us.',
      '',
      'After careful consideration we have decided not to move forward with your application. We wish you every success in your search.',
      '',
      'Kind regards,',
      'The {{company_name}} hiring team',
    ].join('\n'),
  },
  {
    slug: 'interview-invitation',
    name: 'Interview invitation',
    subject: 'Interview for {{job_title}} at {{company_name}}',
    body: [
      'Dear {{candidate_first_name}},',
      '',
      'Thank you for your application for the {{job_title}} role. We would like to invite you to an interview.',
      '',
      'We will be in touch shortly to agree a time that suits you. If you have any questions in the meantime, reply to this email.',
      '',
      'Kind regards,',
      'The {{company_name}} hiring team',
    ].join('\n'),
  },
];
