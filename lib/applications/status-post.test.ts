import { randomInt } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { env } from '@/lib/env';
import { applications, emailOutbox } from '@/db/schema';
import { createApplication } from '@/db/queries/applications';
import { createPostgresStorage } from '@/lib/storage/postgres';
import { applicationInput, createTestJob, ensureSettings, openTestDb } from '@/tests/helpers/apply';
import { handleStatusPost } from './status-post';

const { db, sql } = openTestDb();
beforeAll(async () => {
  await ensureSettings(db);
});
afterAll(async () => {
  await sql.end();
});

// Random in the /64: clientIp() keys an IPv6 client by it.
const ip = () => `2001:db8:${randomInt(1, 0xffff).toString(16)}:${randomInt(1, 0xffff).toString(16)}::1`;
const post = (path: string, from: string) => new NextRequest(`http://127.0.0.1:3000${path}`, { method: 'POST', headers: { 'x-forwarded-for': from } });

/** Applies and returns the token from the queued confirmation, as the candidate's email carries it. */
async function applyForToken(): Promise<{ token: string; reference: string }> {
  const job = await createTestJob(db);
  const input = applicationInput(job.id);
  const result = await createApplication(input, { storage: createPostgresStorage(db), db, appUrl: env.APP_URL });
  if (!result.ok) throw new Error('apply failed');
  const [row] = await db.select({ text: emailOutbox.text }).from(emailOutbox).where(eq(emailOutbox.toAddress, input.candidate.email));
  const token = /\/applications\/status\/([A-Za-z0-9_-]{43})/.exec(row?.text ?? '')?.[1];
  if (!token) throw new Error('no token');
  return { token, reference: result.reference };
}

describe('the status page’s form posts', () => {
  it('withdraw, then redirect (303, same origin) back to the page', async () => {
    const { token, reference } = await applyForToken();
    const response = await handleStatusPost(post(`/applications/status/${token}/withdraw`, ip()), token, 'withdraw');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`/applications/status/${token}?done=withdrawn`);
    const [row] = await db.select({ withdrawnAt: applications.withdrawnAt }).from(applications).where(eq(applications.reference, reference));
    expect(row?.withdrawnAt).toBeInstanceOf(Date);
  });

  it('delete, then redirect to the deleted page', async () => {
    const { token, reference } = await applyForToken();
    const response = await handleStatusPost(post(`/applications/status/${token}/delete`, ip()), token, 'delete');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/applications/deleted');
    expect(await db.select().from(applications).where(eq(applications.reference, reference))).toHaveLength(0);
  });

  it('answer 404 to a wrong or malformed token, and to every token once an IP guessed too often', async () => {
    const { token, reference } = await applyForToken();
    const guesser = ip();
    expect((await handleStatusPost(post('/x', guesser), 'short', 'delete')).status).toBe(404);
    for (let i = 0; i < 10; i += 1) {
      expect((await handleStatusPost(post('/x', guesser), `${'C'.repeat(42)}${String.fromCharCode(68 + i)}`, 'delete')).status).toBe(404);
    }
    expect((await handleStatusPost(post('/x', guesser), token, 'delete')).status).toBe(404);
    expect(await db.select().from(applications).where(eq(applications.reference, reference))).toHaveLength(1);
  });
});
