import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EMAIL_TEMPLATES } from './default-templates';

// The migration inserts the defaults for existing databases; it must carry the same words.
describe('the default email templates migration', () => {
  const sqlText = readFileSync(path.join(process.cwd(), 'db', 'migrations', '0010_default_email_templates.sql'), 'utf8');

  it('inserts each default template exactly as lib/mail/default-templates.ts has it', () => {
    for (const template of DEFAULT_EMAIL_TEMPLATES) {
      const quoted = [template.slug, template.name, template.subject, template.body].map((s) => `'${s.replace(/'/g, "''")}'`).join(', ');
      expect(sqlText).toContain(`(${quoted})`);
    }
  });
});
