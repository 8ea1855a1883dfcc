import { eq } from 'drizzle-orm';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/db/queries/access';
import { auditLog, emailTemplates } from '@/db/schema';
import { EMAIL_TEMPLATE_MESSAGES } from '@/lib/validations/email-template';
import { openTestDb, uniqueSuffix } from '@/tests/helpers/apply';
import { createActor } from '@/tests/helpers/review';
import { ACTION_MESSAGES } from '@/lib/actions/messages';
import { signInAs } from '@/tests/helpers/session-mock';

// The session and Next's redirect are the things faked here (there is no request); the database is real.
vi.mock('@/lib/auth/session', () => import('@/tests/helpers/session-mock'));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
const { redirect } = vi.hoisted(() => ({
  redirect: vi.fn((url: string) => {
    throw new Error(`REDIRECT ${url}`);
  }),
}));
vi.mock('next/navigation', () => ({ redirect }));

const { updateEmailTemplateAction } = await import('./actions');
const { getEmailTemplate } = await import('@/db/queries/email-templates');
const { db, sql } = openTestDb();
const idle = { status: 'idle' } as const;

function signIn(actor: Actor | null) {
  signInAs(actor);
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

async function ownTemplate(admin: Actor) {
  const slug = `action-${uniqueSuffix()}`;
  await db.insert(emailTemplates).values({ slug, name: 'Action test', subject: 'Old subject', body: 'Old body' });
  return { slug, version: (await getEmailTemplate(admin, slug, db))!.version };
}

const stored = async (slug: string) => (await db.select({ subject: emailTemplates.subject, body: emailTemplates.body }).from(emailTemplates).where(eq(emailTemplates.slug, slug)))[0];

beforeEach(() => {
  redirect.mockClear();
});

afterAll(async () => {
  await sql.end();
  await (globalThis as { porticoDb?: { sql: { end(): Promise<void> } } }).porticoDb?.sql.end();
});

describe('updateEmailTemplateAction', () => {
  it('saves, audits and goes back to the template with a notice', async () => {
    const admin = await createActor(db, 'admin');
    const { slug, version } = await ownTemplate(admin);
    signIn(admin);
    await expect(updateEmailTemplateAction(idle, form({ slug, version, subject: 'About {{job_title}}', body: 'Dear {{candidate_first_name}}' }))).rejects.toThrow(
      `REDIRECT /admin/email-templates/${slug}?notice=saved`,
    );
    expect(await stored(slug)).toEqual({ subject: 'About {{job_title}}', body: 'Dear {{candidate_first_name}}' });
    expect(await db.select({ id: auditLog.id }).from(auditLog).where(eq(auditLog.entityId, slug))).toHaveLength(1);
  });

  it('refuses unknown placeholders with a clear message per field and saves nothing', async () => {
    const admin = await createActor(db, 'admin');
    const { slug, version } = await ownTemplate(admin);
    signIn(admin);
    const state = await updateEmailTemplateAction(idle, form({ slug, version, subject: 'Hi {{name}}', body: 'From {{company}}' }));
    expect(state).toMatchObject({
      status: 'error',
      fieldErrors: { subject: [expect.stringMatching(/^Unknown placeholder \{\{name\}\}/)], body: [expect.stringMatching(/^Unknown placeholder \{\{company\}\}/)] },
      values: { subject: 'Hi {{name}}', body: 'From {{company}}' },
    });
    expect(await stored(slug)).toEqual({ subject: 'Old subject', body: 'Old body' });
  });

  it('refuses a hiring manager and a stale version', async () => {
    const [admin, manager] = await Promise.all([createActor(db, 'admin'), createActor(db)]);
    const { slug, version } = await ownTemplate(admin);
    signIn(manager);
    expect(await updateEmailTemplateAction(idle, form({ slug, version, subject: 'X', body: 'Y' }))).toEqual({ status: 'error', message: ACTION_MESSAGES.forbidden, values: { subject: 'X', body: 'Y' } });
    signIn(admin);
    const stale = await updateEmailTemplateAction(idle, form({ slug, version: '2000-01-01T00:00:00.000000', subject: 'X', body: 'Y' }));
    expect(stale).toMatchObject({ status: 'error', message: EMAIL_TEMPLATE_MESSAGES.stale });
    expect(await stored(slug)).toEqual({ subject: 'Old subject', body: 'Old body' });
  });
});
