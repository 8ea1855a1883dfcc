import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { emailOutbox } from '@/db/schema';
import { enqueueEmail } from '@/lib/mail/outbox';
import { openTestDb } from '@/tests/helpers/apply';

// The deployment's SMTP_URL decides; each test sets it on this copy of the environment.
const testEnv = vi.hoisted(() => ({ SMTP_URL: undefined as string | undefined }));
vi.mock('@/lib/env', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/env')>();
  return { ...real, env: new Proxy(real.env, { get: (target, key) => (key === 'SMTP_URL' ? testEnv.SMTP_URL : Reflect.get(target, key)) }) };
});

const { outboxEmailForAdmin } = await import('./admin-outbox');
const { db, sql } = openTestDb();
afterAll(() => sql.end());

const admin = { id: 'it-admin', role: 'admin' } as const;
const manager = { id: 'it-manager', role: 'hiring_manager' } as const;
const token = 'Zx'.repeat(21) + 'Q';

async function queueStatusEmail(): Promise<number> {
  const key = `admin-outbox-test:${randomUUID()}`;
  const link = `https://careers.example.com/applications/status/${token}`;
  await db.transaction((tx) =>
    enqueueEmail(tx, { kind: 'application-confirmation', dedupeKey: key, to: 'ada@example.com', subject: 'We received it', html: `<a href="${link}">Status</a>`, text: `Status: ${link}` }),
  );
  const [row] = await db.select({ id: emailOutbox.id }).from(emailOutbox).where(eq(emailOutbox.dedupeKey, key));
  return row!.id;
}

describe('an outbox email as the admin page shows it', () => {
  it('hides a status link’s token when an SMTP server delivers the emails, and says so', async () => {
    const id = await queueStatusEmail();
    testEnv.SMTP_URL = 'smtp://mail.example.com:587';
    const email = await outboxEmailForAdmin(admin, id);
    expect(email?.secretLinksHidden).toBe(true);
    expect(email?.text).toBe('Status: https://careers.example.com/applications/status/[hidden]');
    expect(email?.html).not.toContain(token);
  });

  it('shows it when the outbox is how the links reach people (no SMTP)', async () => {
    const id = await queueStatusEmail();
    testEnv.SMTP_URL = undefined;
    const email = await outboxEmailForAdmin(admin, id);
    expect(email?.secretLinksHidden).toBe(false);
    expect(email?.text).toContain(token);
  });

  it('answers nothing to anyone but an admin', async () => {
    expect(await outboxEmailForAdmin(manager, await queueStatusEmail())).toBeNull();
  });
});
