import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications, candidates, questions, questionSets, stageEvents, stages } from '@/db/schema';
import { createTestJob, ensureSettings, openTestDb, uniqueEmail, uniquePdf } from '@/tests/helpers/apply';
import { addToHiringTeam, applyTo, createActor, createReviewFixture, currentQuestionSetId } from '@/tests/helpers/review';
import { getApplicantDetail, listOtherApplications, listStageMoves } from './applicant-detail';

const { db, sql } = openTestDb();

beforeAll(async () => {
  await ensureSettings(db);
});

afterAll(async () => {
  await sql.end();
});

describe('getApplicantDetail scoping', () => {
  it('shows the applicant to the hiring team and to admins, to nobody else', async () => {
    const f = await createReviewFixture(db);
    const onTeam = await getApplicantDetail(f.onTeam, f.applicationId, db);
    expect(onTeam).toMatchObject({ id: f.applicationId, job: { id: f.job.id }, candidate: { firstName: 'Ada', lastName: 'Lovelace' } });
    expect(onTeam?.stage.kind).toBe('applied');
    expect(onTeam?.stages.map((stage) => stage.name)).toEqual(['Applied', 'Screening', 'Interview', 'Offer', 'Hired', 'Rejected']);
    expect(onTeam?.resume).toMatchObject({ filename: 'cv.pdf', contentType: 'application/pdf' });

    expect(await getApplicantDetail(f.offTeam, f.applicationId, db)).toBeNull();
    expect(await getApplicantDetail(f.admin, f.applicationId, db)).not.toBeNull();
    expect(await getApplicantDetail(f.admin, f.otherApplicationId, db)).not.toBeNull();
    expect(await getApplicantDetail(f.onTeam, f.otherApplicationId, db)).toBeNull();
  });

  it('answers an unknown id with null, for admins too', async () => {
    const admin = await createActor(db, 'admin');
    expect(await getApplicantDetail(admin, 2_147_483_000, db)).toBeNull();
  });

  it('returns the contact details, cover letter, source and answers as stored', async () => {
    const job = await createTestJob(db, {
      questions: [
        { key: 'authorised', kind: 'yes_no', label: 'Authorised to work?', required: true },
        { key: 'sample', kind: 'file', label: 'Work sample', required: false },
      ],
    });
    const manager = await createActor(db);
    await addToHiringTeam(db, job.id, manager);
    const id = await applyTo(db, job.id, {
      questionSetId: await currentQuestionSetId(db, job.id),
      candidate: { email: uniqueEmail(), firstName: 'Grace', lastName: 'Hopper', linkedinUrl: 'https://www.linkedin.com/in/grace' },
      answers: { authorised: true },
      answerFiles: { sample: { filename: 'sample.pdf', contentType: 'application/pdf', bytes: uniquePdf() } },
      coverLetter: '<script>alert(1)</script>\nSecond line',
      source: 'referral',
    });
    const detail = await getApplicantDetail(manager, id, db);
    expect(detail).toMatchObject({
      candidate: { firstName: 'Grace', linkedinUrl: 'https://www.linkedin.com/in/grace' },
      coverLetter: '<script>alert(1)</script>\nSecond line',
      source: 'referral',
      answers: { authorised: true },
    });
    expect(detail?.answerFiles).toEqual([{ id: detail?.answers.sample, filename: 'sample.pdf' }]);
  });
});

describe('questions as they were asked', () => {
  it('labels answers from the application’s own question set version, not the current one', async () => {
    const job = await createTestJob(db, {
      questions: [{ key: 'relocate', kind: 'yes_no', label: 'Would you relocate to Berlin?', required: true }],
    });
    const admin = await createActor(db, 'admin');
    const v1 = await currentQuestionSetId(db, job.id);
    const id = await applyTo(db, job.id, { questionSetId: v1, answers: { relocate: false } });

    await db.transaction(async (tx) => {
      await tx.update(questionSets).set({ isCurrent: false }).where(eq(questionSets.id, v1));
      const [v2] = await tx.insert(questionSets).values({ jobId: job.id, version: 2, isCurrent: true }).returning({ id: questionSets.id });
      await tx.insert(questions).values({ questionSetId: v2!.id, key: 'relocate', position: 0, kind: 'yes_no', label: 'Could you move to Munich?', required: true });
    });

    const detail = await getApplicantDetail(admin, id, db);
    expect(detail?.questions).toEqual([{ key: 'relocate', kind: 'yes_no', label: 'Would you relocate to Berlin?' }]);
    expect(detail?.answers).toEqual({ relocate: false });
  });
});

describe('listOtherApplications', () => {
  it('lists the same candidate’s applications only on jobs the actor may see', async () => {
    const f = await createReviewFixture(db);
    const visibleElsewhere = await createTestJob(db, { title: 'Visible Elsewhere' });
    await addToHiringTeam(db, visibleElsewhere.id, f.onTeam);
    const [candidate] = await db
      .select({ email: candidates.email })
      .from(applications)
      .innerJoin(candidates, eq(candidates.id, applications.candidateId))
      .where(eq(applications.id, f.applicationId));
    const email = candidate!.email;
    const candidateDetails = { email, firstName: 'Ada', lastName: 'Lovelace' };
    const visibleId = await applyTo(db, visibleElsewhere.id, { candidate: candidateDetails });
    const hiddenId = await applyTo(db, f.otherJob.id, { candidate: { ...candidateDetails, email: email.toUpperCase() } });

    const forTeam = await listOtherApplications(f.onTeam, f.applicationId, db);
    expect(forTeam.map((row) => row.id)).toEqual([visibleId]);
    expect(forTeam[0]).toMatchObject({ jobTitle: 'Visible Elsewhere', stageName: 'Applied' });

    const forAdmin = await listOtherApplications(f.admin, f.applicationId, db);
    expect(forAdmin.map((row) => row.id).sort()).toEqual([visibleId, hiddenId].sort());

    // Off the team of the application asked about: nothing, even though hiddenId is on their own job.
    expect(await listOtherApplications(f.offTeam, f.applicationId, db)).toEqual([]);
  });
});

describe('listStageMoves', () => {
  it('lists moves with who, from, to and why, only to those who may see the application', async () => {
    const f = await createReviewFixture(db);
    const jobStages = await db.select({ id: stages.id, kind: stages.kind }).from(stages).where(eq(stages.jobId, f.job.id));
    const applied = jobStages.find((stage) => stage.kind === 'applied')!;
    const rejected = jobStages.find((stage) => stage.kind === 'rejected')!;
    await db.insert(stageEvents).values({
      applicationId: f.applicationId,
      fromStageId: applied.id,
      toStageId: rejected.id,
      actorUserId: f.onTeam.id,
      reason: 'Needs more Postgres',
    });

    const moves = await listStageMoves(f.onTeam, f.applicationId, db);
    expect(moves).toEqual([
      expect.objectContaining({ fromStage: 'Applied', toStage: 'Rejected', toKind: 'rejected', actorName: 'Test User', reason: 'Needs more Postgres' }),
    ]);
    expect(await listStageMoves(f.offTeam, f.applicationId, db)).toEqual([]);
    expect(await listStageMoves(f.admin, f.applicationId, db)).toHaveLength(1);
  });
});
