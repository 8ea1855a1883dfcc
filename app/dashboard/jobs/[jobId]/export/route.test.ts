import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/db/queries/access';
import { createTestJob, ensureSettings, openTestDb } from '@/tests/helpers/apply';
import { addToHiringTeam, applyTo, createActor } from '@/tests/helpers/review';
import { signInAs } from '@/tests/helpers/session-mock';

// The session is the one thing faked here (there is no request); the database is real.
vi.mock('@/lib/auth/session', () => import('@/tests/helpers/session-mock'));

const { GET } = await import('./route');
const { db, sql } = openTestDb();

function signIn(actor: Actor | null) {
  signInAs(actor);
}

const get = (jobId: number | string, query = '') =>
  GET(new Request(`http://localhost/dashboard/jobs/${jobId}/export${query}`), { params: Promise.resolve({ jobId: String(jobId) }) });

afterAll(async () => {
  await sql.end();
  const shared = globalThis as { porticoDb?: { sql: { end(): Promise<void> } }; porticoExportSql?: { end(): Promise<void> } };
  await shared.porticoDb?.sql.end();
  await shared.porticoExportSql?.end();
});

describe('GET /dashboard/jobs/[jobId]/export', () => {
  it('downloads the job’s applicants as CSV for its hiring team', async () => {
    await ensureSettings(db);
    const job = await createTestJob(db);
    const member = await createActor(db);
    await addToHiringTeam(db, job.id, member);
    await applyTo(db, job.id, { candidate: { email: `csv-${job.slug}@example.com`, firstName: 'Ada', lastName: 'Lovelace' } });
    signIn(member);
    const response = await get(job.id, '?q=lovelace');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${job.slug}-applicants.csv"`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const lines = (await response.text()).split('\r\n');
    expect(lines[0]).toBe('Name,Email,Phone,Stage,Rating,Ratings,Applied (UTC),Source,Reference');
    expect(lines[1]).toMatch(new RegExp(`^Ada Lovelace,csv-${job.slug}@example.com,,Applied,,0,\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2},,APP-`));
  });

  it('answers 401 signed out, and the same 404 for another job as for no job', async () => {
    const job = await createTestJob(db);
    const outsider = await createActor(db);
    signIn(null);
    expect((await get(job.id)).status).toBe(401);
    signIn(outsider);
    const foreign = await get(job.id);
    const missing = await get(2_000_000_000);
    const malformed = await get('1;drop');
    expect([foreign.status, missing.status, malformed.status]).toEqual([404, 404, 404]);
    expect(await foreign.text()).toBe(await missing.text());
  });
});
