// Per-source applicant counts on a real PostgreSQL, scoped like every dashboard query.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseApplicantParams } from '@/lib/dashboard/applicant-params';
import { ensureSettings, openTestDb } from '@/tests/helpers/apply';
import { applyTo, createReviewFixture } from '@/tests/helpers/review';
import { countApplicantsBySource } from './applicant-sources';
import { getApplicantDetail } from './applicant-detail';
import { listApplicants } from './applicants';

const { db, sql } = openTestDb();
beforeAll(() => ensureSettings(db));
afterAll(() => sql.end());

describe('countApplicantsBySource', () => {
  it('counts each source of a job, most first, direct applications as null', async () => {
    const f = await createReviewFixture(db); // one direct applicant on f.job
    await applyTo(db, f.job.id, { source: 'gh-abc', utm: { gh_src: 'gh-abc' } });
    await applyTo(db, f.job.id, { source: 'gh-abc', utm: { gh_src: 'gh-abc' } });
    await applyTo(db, f.job.id, { source: 'linkedin', utm: { utm_source: 'linkedin', utm_campaign: 'spring' } });
    await applyTo(db, f.otherJob.id, { source: 'gh-abc' });

    expect(await countApplicantsBySource(f.onTeam, f.job.id, db)).toEqual([
      { source: 'gh-abc', count: 2 },
      { source: 'linkedin', count: 1 },
      { source: null, count: 1 },
    ]);
    expect(await countApplicantsBySource(f.admin, f.otherJob.id, db)).toEqual([
      { source: 'gh-abc', count: 1 },
      { source: null, count: 1 },
    ]);
  });

  it('shows nothing of a job the actor is not on the hiring team of', async () => {
    const f = await createReviewFixture(db);
    await applyTo(db, f.job.id, { source: 'secret-campaign' });
    expect(await countApplicantsBySource(f.offTeam, f.job.id, db)).toEqual([]);
    expect(await countApplicantsBySource(f.onTeam, 2_147_483_000, db)).toEqual([]);
  });
});

describe('campaign tags on the applicant page', () => {
  it('returns gh_src and utm_* as stored', async () => {
    const f = await createReviewFixture(db);
    const id = await applyTo(db, f.job.id, { source: 'gh-xyz', utm: { gh_src: 'gh-xyz', utm_medium: 'board' } });
    expect(await getApplicantDetail(f.onTeam, id, db)).toMatchObject({ source: 'gh-xyz', campaign: { gh_src: 'gh-xyz', utm_medium: 'board' } });
    expect((await getApplicantDetail(f.onTeam, f.applicationId, db))?.campaign).toEqual({});
  });
});

describe('the applicant table', () => {
  it('shows each applicant’s source, null for a direct application', async () => {
    const f = await createReviewFixture(db);
    const tracked = await applyTo(db, f.job.id, { source: 'gh-table', utm: { gh_src: 'gh-table' } });
    const page = await listApplicants(f.onTeam, f.job.id, parseApplicantParams({}), db);
    const sources = new Map(page!.rows.map((row) => [row.id, row.source]));
    expect(sources.get(tracked)).toBe('gh-table');
    expect(sources.get(f.applicationId)).toBeNull();
  });
});
