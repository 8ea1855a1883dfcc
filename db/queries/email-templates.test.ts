import { and, desc, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { auditLog, emailTemplates } from '@/db/schema';
import { openTestDb, uniqueSuffix } from '@/tests/helpers/apply';
import { createActor } from '@/tests/helpers/review';
import { getEmailTemplate, listEmailTemplateChoices, listEmailTemplates, updateEmailTemplate } from './email-templates';

const { db, sql } = openTestDb();

afterAll(async () => {
  await sql.end();
  await (globalThis as { porticoDb?: { sql: { end(): Promise<void> } } }).porticoDb?.sql.end();
});

/** A template of the test's own, so tests never edit the shared defaults. */
async function ownTemplate() {
  const slug = `test-${uniqueSuffix()}`;
  await db.insert(emailTemplates).values({ slug, name: `Test ${slug}`, subject: 'Hello {{candidate_name}}', body: 'Body for {{job_title}}' });
  return slug;
}

describe('email templates', () => {
  it('has the seeded defaults from the migration', async () => {
    const admin = await createActor(db, 'admin');
    const slugs = (await listEmailTemplates(admin, db)).map((t) => t.slug);
    expect(slugs).toEqual(expect.arrayContaining(['rejection', 'interview-invitation']));
    expect((await listEmailTemplateChoices(db)).map((t) => t.slug)).toEqual(expect.arrayContaining(['rejection', 'interview-invitation']));
  });

  it('lets an admin save a template and audits before → after', async () => {
    const [admin, slug] = await Promise.all([createActor(db, 'admin'), ownTemplate()]);
    const current = (await getEmailTemplate(admin, slug, db))!;
    const result = await updateEmailTemplate(admin, slug, { subject: 'New {{job_title}}', body: 'New body' }, current.version, db);
    expect(result).toEqual({ ok: true, changed: true });
    expect(await getEmailTemplate(admin, slug, db)).toMatchObject({ subject: 'New {{job_title}}', body: 'New body' });
    const [entry] = await db
      .select({ actor: auditLog.actorUserId, action: auditLog.action, before: auditLog.before, after: auditLog.after })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'email_template'), eq(auditLog.entityId, slug)))
      .orderBy(desc(auditLog.id));
    expect(entry).toEqual({
      actor: admin.id,
      action: 'email_template.updated',
      before: { subject: 'Hello {{candidate_name}}', body: 'Body for {{job_title}}' },
      after: { subject: 'New {{job_title}}', body: 'New body' },
    });
  });

  it('refuses a stale save and a hiring manager, writing nothing', async () => {
    const [admin, manager, slug] = await Promise.all([createActor(db, 'admin'), createActor(db), ownTemplate()]);
    const current = (await getEmailTemplate(admin, slug, db))!;
    await updateEmailTemplate(admin, slug, { subject: 'First', body: 'First' }, current.version, db);
    expect(await updateEmailTemplate(admin, slug, { subject: 'Second', body: 'Second' }, current.version, db)).toEqual({ ok: false, reason: 'stale' });
    expect(await updateEmailTemplate(manager, slug, { subject: 'X', body: 'X' }, current.version, db)).toEqual({ ok: false, reason: 'forbidden' });
    expect(await getEmailTemplate(manager, slug, db)).toBeNull();
    expect(await getEmailTemplate(admin, slug, db)).toMatchObject({ subject: 'First' });
    const entries = await db.select({ id: auditLog.id }).from(auditLog).where(and(eq(auditLog.entityType, 'email_template'), eq(auditLog.entityId, slug)));
    expect(entries).toHaveLength(1);
  });

  it('saves nothing and audits nothing when nothing changed; unknown slugs are not found', async () => {
    const [admin, slug] = await Promise.all([createActor(db, 'admin'), ownTemplate()]);
    const current = (await getEmailTemplate(admin, slug, db))!;
    expect(await updateEmailTemplate(admin, slug, { subject: current.subject, body: current.body }, current.version, db)).toEqual({ ok: true, changed: false });
    expect(await updateEmailTemplate(admin, 'missing-template', { subject: 'a', body: 'b' }, current.version, db)).toEqual({ ok: false, reason: 'not-found' });
    expect(await db.select({ id: auditLog.id }).from(auditLog).where(eq(auditLog.entityId, slug))).toHaveLength(0);
  });
});
