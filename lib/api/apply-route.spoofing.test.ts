import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST } from '@/app/api/v1/jobs/[id]/applications/route';
import { applications } from '@/db/schema';
import { createTestJob, ensureSettings, openTestDb, uniqueEmail, uniquePdf } from '@/tests/helpers/apply';
import { uniqueIp } from '@/tests/helpers/openapi-contract';
import { API_APPLY_LIMITS } from './apply-rate-limit-rules';

// Issue 10, finding 2, as it was reproduced: once the apply API's per-IP limit was used up,
// 12 more applications, each with another spoofed X-Forwarded-For, were all accepted (201).
// The app sits behind one proxy here (vitest.config.ts: TRUSTED_PROXIES=1), which appends the
// address it saw to whatever the client sent.

const { db, sql } = openTestDb();
beforeAll(async () => {
  await ensureSettings(db);
});
afterAll(async () => {
  await sql.end();
});

const spoof = (i: number) => `198.18.${i >> 8}.${i & 0xff}`;

function post(jobId: number, forwardedFor: string, body: unknown) {
  const request = new Request(`http://localhost/api/v1/jobs/${jobId}/applications`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
    body: JSON.stringify(body),
  });
  return POST(request, { params: Promise.resolve({ id: String(jobId) }) });
}

const application = () => ({
  firstName: 'Mallory',
  lastName: 'Spoofer',
  email: uniqueEmail(),
  consent: true,
  resume: { filename: 'cv.pdf', contentType: 'application/pdf', data: Buffer.from(uniquePdf()).toString('base64') },
});

/** Limits count in fixed windows: a run that straddles an edge would start afresh half-way. */
async function clearOfWindowEdge(windowMs: number, marginMs: number) {
  const untilEdge = windowMs - (Date.now() % windowMs);
  if (untilEdge < marginMs) await new Promise((resolve) => setTimeout(resolve, untilEdge + 1000));
}

const stored = async (jobId: number) => (await db.select({ id: applications.id }).from(applications).where(eq(applications.jobId, jobId))).length;

describe('the apply API’s per-IP limit against spoofed X-Forwarded-For', () => {
  it('cannot be dodged by sending another forged address with each application', { timeout: 150_000 }, async () => {
    await clearOfWindowEdge(API_APPLY_LIMITS.anonymous.windowMs, 90_000);
    const job = await createTestJob(db);
    const realAddress = uniqueIp();
    const { limit } = API_APPLY_LIMITS.anonymous;
    for (let i = 0; i < limit; i += 1) {
      expect((await post(job.id, `${spoof(i)}, ${realAddress}`, application())).status).toBe(201);
    }
    const rotated = [];
    for (let i = limit; i < limit + 12; i += 1) rotated.push((await post(job.id, `${spoof(i)}, ${realAddress}`, application())).status);
    expect(rotated).toEqual(Array(12).fill(429));
    expect(await stored(job.id)).toBe(limit);

    // Someone else behind the same proxy still has a budget of their own.
    expect((await post(job.id, `${spoof(0)}, ${uniqueIp()}`, application())).status).toBe(201);
  });
});
