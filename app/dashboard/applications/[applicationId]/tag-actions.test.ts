import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { searchCandidates } from '@/db/queries/candidate-search';
import { applications, auditLog, candidateTags } from '@/db/schema';
import { TAGS_PER_CANDIDATE } from '@/lib/domain/candidate-search';
import { TAG_MESSAGES } from '@/lib/validations/candidate-tag';
import { MOVE_MESSAGES } from '../../actions/messages';
import { ensureSettings, openTestDb } from '@/tests/helpers/apply';
import { createReviewFixture, type ReviewFixture } from '@/tests/helpers/review';
import { formOf } from '@/tests/helpers/form-data';
import { signInAs } from '@/tests/helpers/session-mock';

// Tagging a candidate from an applicant page, on a real PostgreSQL; only the session is faked.
vi.mock('@/lib/auth/session', () => import('@/tests/helpers/session-mock'));
const { revalidatePath } = vi.hoisted(() => ({ revalidatePath: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath }));

const { addTagAction, removeTagAction } = await import('./actions');
const { db, sql } = openTestDb();
let f: ReviewFixture;
let candidateId: number;

const form = formOf;
const idle = { status: 'idle' } as const;
const tagsOf = async (id: number) =>
  (await db.select({ tag: candidateTags.tag }).from(candidateTags).where(eq(candidateTags.candidateId, id)).orderBy(candidateTags.tag)).map((row) => row.tag);

beforeAll(async () => {
  await ensureSettings(db);
  f = await createReviewFixture(db);
  const [row] = await db.select({ candidateId: applications.candidateId }).from(applications).where(eq(applications.id, f.applicationId));
  candidateId = row!.candidateId;
});
beforeEach(() => {
  revalidatePath.mockClear();
});
afterAll(async () => {
  await sql.end();
  await (globalThis as { porticoDb?: { sql: { end(): Promise<void> } } }).porticoDb?.sql.end();
});

describe('addTagAction and removeTagAction', () => {
  it('tag the person in normal form, once, audited without the words, and the search finds them by it', async () => {
    signInAs(f.onTeam);
    const tag = `Strong   Backend ${f.job.id}`;
    const normal = `strong backend ${f.job.id}`;
    expect(await addTagAction(idle, form({ applicationId: String(f.applicationId), tag }))).toEqual({ status: 'success', message: `Tagged “${normal}”` });
    expect(await addTagAction(idle, form({ applicationId: String(f.applicationId), tag: normal.toUpperCase() }))).toMatchObject({ status: 'success' });
    expect(await tagsOf(candidateId)).toEqual([normal]);
    expect(revalidatePath).toHaveBeenCalledWith(`/dashboard/applications/${f.applicationId}`);

    const audits = await db.select().from(auditLog).where(and(eq(auditLog.action, 'candidate.tag_added'), eq(auditLog.entityId, String(candidateId))));
    expect(audits).toHaveLength(1);
    expect(JSON.stringify(audits[0])).not.toContain('backend');

    const [hit] = (await searchCandidates(f.onTeam, normal)).candidates;
    expect(hit).toMatchObject({ candidateId, tags: [normal] });

    expect(await removeTagAction(idle, form({ applicationId: String(f.applicationId), tag: normal }))).toEqual({ status: 'success', message: `Removed the tag “${normal}”` });
    expect(await tagsOf(candidateId)).toEqual([]);
    expect((await searchCandidates(f.onTeam, normal)).candidates).toEqual([]);
  });

  it('explain a tag they cannot take next to the field, and write nothing', async () => {
    signInAs(f.onTeam);
    for (const [tag, message] of [
      ['', TAG_MESSAGES.missing],
      ['   ', TAG_MESSAGES.missing],
      ['x'.repeat(41), TAG_MESSAGES.tooLong],
      ['<script>', TAG_MESSAGES.characters],
      ['-leading', TAG_MESSAGES.characters],
    ] as const) {
      const state = await addTagAction(idle, form({ applicationId: String(f.applicationId), tag }));
      expect(state, tag).toMatchObject({ status: 'error', fieldErrors: { tag: [message] }, tag });
    }
    expect(await tagsOf(candidateId)).toEqual([]);
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it('refuse the signed-out and anyone off the job’s team, in the same words as a missing application', async () => {
    signInAs(null);
    expect(await addTagAction(idle, form({ applicationId: String(f.applicationId), tag: 'anon' }))).toMatchObject({ status: 'error', message: MOVE_MESSAGES.signedOut });
    signInAs(f.offTeam);
    expect(await addTagAction(idle, form({ applicationId: String(f.applicationId), tag: 'nosy' }))).toMatchObject({ status: 'error', message: MOVE_MESSAGES.notFound });
    expect(await removeTagAction(idle, form({ applicationId: String(f.applicationId), tag: 'nosy' }))).toMatchObject({ status: 'error', message: MOVE_MESSAGES.notFound });
    expect(await tagsOf(candidateId)).toEqual([]);
  });

  it(`stop at ${TAGS_PER_CANDIDATE} tags per person, even when added at once`, async () => {
    signInAs(f.admin);
    const results = await Promise.all(
      Array.from({ length: TAGS_PER_CANDIDATE + 5 }, (_, i) => addTagAction(idle, form({ applicationId: String(f.otherApplicationId), tag: `t${i}` }))),
    );
    const [other] = await db.select({ candidateId: applications.candidateId }).from(applications).where(eq(applications.id, f.otherApplicationId));
    expect(await tagsOf(other!.candidateId)).toHaveLength(TAGS_PER_CANDIDATE);
    expect(results.filter((r) => r.status === 'error')).toHaveLength(5);
    expect(results.find((r) => r.status === 'error')).toMatchObject({ fieldErrors: { tag: [TAG_MESSAGES.tooMany] } });
  });
});
