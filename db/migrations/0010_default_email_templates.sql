-- The default stage-change email templates (lib/mail/default-templates.ts), so that an existing
-- production database has them without re-running the seed. An admin edits them afterwards.
INSERT INTO "email_templates" ("slug", "name", "subject", "body") VALUES
  ('rejection', 'Rejection', 'Your application for {{job_title}} at {{company_name}}', 'Dear {{candidate_first_name}},

Thank you for applying for the {{job_title}} role at {{company_name}} and for the time you gave us.

After careful consideration we have decided not to move forward with your application. We wish you every success in your search.

Kind regards,
The {{company_name}} hiring team'),
  ('interview-invitation', 'Interview invitation', 'Interview for {{job_title}} at {{company_name}}', 'Dear {{candidate_first_name}},

Thank you for your application for the {{job_title}} role. We would like to invite you to an interview.

We will be in touch shortly to agree a time that suits you. If you have any questions in the meantime, reply to this email.

Kind regards,
The {{company_name}} hiring team')
ON CONFLICT ("slug") DO NOTHING;
