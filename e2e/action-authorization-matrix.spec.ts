import { createHash, randomBytes, randomInt } from 'node:crypto';
import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test';
import { db } from './support/db';
import { addApplicants, jobsOfThisSpec, userId, type TestApplicant, type TestJob } from './support/pipeline-data';
import { buildHiringLoopWorld, removeHiringLoopWorld, type HiringLoopWorld } from './support/hiring-loop-world';
import { builtActions, callAction, Form } from './support/server-actions';
import { STORAGE } from './support/storage';

// Layer 3 of the auth checks, action by action (the page matrix is authorization-matrix.spec.ts):
// every server action of the build, posted over HTTP as Next's client posts it, by anonymous
// (with a forged cookie, past the proxy), a hiring manager off the job's team, one on it, and an admin. Each refused call is one that
// would have changed something (the same request changes it for an allowed actor), and the
// database shows it changed nothing. An action missing from MATRIX fails the first test.

type Actor = 'anonymous' | 'offTeam' | 'onTeam' | 'admin';
const ACTORS: Actor[] = ['anonymous', 'offTeam', 'onTeam', 'admin'];
const tag = randomBytes(3).toString('hex');

interface World {
  team: TestJob;
  other: TestJob;
  teamApps: TestApplicant[];
  otherApps: TestApplicant[];
  stages: Record<number, Record<string, number>>;
  departments: number[];
  locations: number[];
  /** An invited user who has not set a password yet (inactive until then). */
  userId: string;
  /** An active user. */
  activeUserId: string;
  apiKeyId: number;
  template: string;
  templateVersion: string;
  otherSetId: number;
  /** Issue 14's interviews, slots, plans and rejection reasons. */
  loop: HiringLoopWorld;
  /** Jobs whose interview plans are saved: the manager on the first's team, not the second's. */
  planTeam: TestJob;
  planOther: TestJob;
  /** Talent pools: one to add people to, one every world applicant starts in (to be removed from). */
  poolId: number;
  removePoolId: number;
  /** Published jobs (people are added by hand only to open or draft jobs): the manager on the first's team, not the second's. */
  openTeamJobId: number;
  openOtherJobId: number;
}

interface Case {
  /** Where the action is posted (a page whose bundle has it). */
  page: (w: World) => string;
  /** The arguments, for this actor (each actor gets a target of its own, so allowed calls do not disturb later ones). */
  args: (w: World, actor: Actor) => unknown[];
  /** What the action would change, read from the database. */
  probe: (w: World, actor: Actor) => Promise<unknown>;
  allowed: Actor[];
  /** For actions that change nothing: what an allowed actor sees in the answer (or its cookies) and a refused one must not. */
  reveals?: (w: World, actor: Actor) => string;
  /** The words of the refusal an actor must get (where no actor may change anything here, or to pin down why one is refused). */
  refusal?: Partial<Record<Actor, RegExp>>;
  /**
   * Puts back what the allowed calls changed on the demo users, right after the case: other specs
   * (and this spec's other workers) share those users, so this must not wait for an afterAll.
   */
  restore?: () => Promise<unknown>;
}

const ADMIN: Actor[] = ['admin'];
const TEAM: Actor[] = ['onTeam', 'admin'];
const SIGNED_IN: Actor[] = ['offTeam', 'onTeam', 'admin'];
const idle = { status: 'idle' };
const json = async (query: Promise<unknown>) => JSON.stringify(await query);

/** The applicant an actor aims at: anonymous and on-team at the team's first, off-team at the other job's, admin at the other job's second. */
function target(w: World, actor: Actor): TestApplicant {
  return { anonymous: w.teamApps[0], offTeam: w.otherApps[0], onTeam: w.teamApps[0], admin: w.otherApps[1] }[actor]!;
}
const jobOf = (w: World, actor: Actor) => (actor === 'onTeam' || actor === 'anonymous' ? w.team : w.other);
const stageOf = (w: World, actor: Actor, name: string) => w.stages[jobOf(w, actor).id]![name]!;
const applicationRow = (id: number) => json(db()`select stage_id, (select count(*) from notes where application_id = ${id}) as notes, (select json_agg(score) from ratings where application_id = ${id}) as ratings from applications where id = ${id}`);
const userRow = (id: string) => json(db()`select role, active, notification_preference, (select count(*) from user_invitations where user_id = ${id} and used_at is null and expires_at > now()) as open_invitations, password_hash from users where id = ${id}`);
/** Every world applicant starts with this tag, for removeTagAction to remove. */
const MATRIX_TAG = 'matrix remove';
const tagsOfApplicant = (id: number) => json(db()`select array_agg(ct.tag order by ct.tag) as tags from candidate_tags ct join applications ap on ap.candidate_id = ct.candidate_id where ap.id = ${id}`);
const poolsOfApplicant = (id: number) => json(db()`select array_agg(m.pool_id order by m.pool_id) as pools from talent_pool_members m join applications ap on ap.candidate_id = m.candidate_id where ap.id = ${id}`);
const named = (table: string, column: string, value: string) => json(db()`select count(*) from ${db()(table)} where ${db()(column)} = ${value}`);
const marker = (actor: Actor, what: string) => `matrix-${tag}-${actor}-${what}`.toLowerCase();
const loopOf = (w: World, actor: Actor) => w.loop.jobs[jobOf(w, actor).id]!;
/** A time on the world's day, one hour per actor and case, so no two calls book an interviewer twice. */
const ACTOR_HOUR = { anonymous: 0, offTeam: 1, onTeam: 2, admin: 3 } as const;
const at = (w: World, actor: Actor, slot: number) => `${w.loop.day}T${String(5 + slot * 4 + ACTOR_HOUR[actor]).padStart(2, '0')}:00`;
const interviewRow = (id: number) => json(db()`select status, starts_at, sequence, (select count(*) from scorecards where interview_id = ${id}) as scorecards from interviews where id = ${id}`);
const interviewsOf = (applicationId: number) => json(db()`select id, status, starts_at from interviews where application_id = ${applicationId} order by id`);
const userSettingsRow = (actor: Actor) => (actor === 'anonymous' ? Promise.resolve(null) : json(db()`select notification_preference, time_zone from users where email = ${actor === 'admin' ? 'admin@example.com' : 'manager@example.com'}`));
/** The interview each actor scores: the manager interviewed only the team job's; nobody asked the admin. */
function scoredInterview(w: World, actor: Actor): number {
  const team = w.loop.jobs[w.team.id]!;
  const other = w.loop.jobs[w.other.id]!;
  return { anonymous: team.pastWithManagerId!, offTeam: other.pastWithoutManagerId, onTeam: team.pastWithManagerId!, admin: other.pastWithoutManagerId }[actor];
}
const planJobOf = (w: World, actor: Actor) => (actor === 'onTeam' || actor === 'anonymous' ? w.planTeam : w.planOther);

const MATRIX: Record<string, Case> = {
  'app/dashboard/applications/[applicationId]/actions.ts#addNoteAction': {
    page: (w) => `/dashboard/applications/${w.teamApps[0]!.id}`,
    args: (w, a) => [idle, new Form({ applicationId: String(target(w, a).id), body: `A note by ${a}` })],
    probe: (w, a) => applicationRow(target(w, a).id),
    allowed: TEAM,
  },
  'app/dashboard/applications/[applicationId]/actions.ts#rateApplicationAction': {
    page: (w) => `/dashboard/applications/${w.teamApps[0]!.id}`,
    args: (w, a) => [idle, new Form({ applicationId: String(target(w, a).id), score: '4' })],
    probe: (w, a) => applicationRow(target(w, a).id),
    allowed: TEAM,
  },
  // Tags are the candidate's, reached through an application the actor may see.
  'app/dashboard/applications/[applicationId]/actions.ts#addTagAction': {
    page: (w) => `/dashboard/applications/${w.teamApps[0]!.id}`,
    args: (w, a) => [idle, new Form({ applicationId: String(target(w, a).id), tag: `m ${a}` })],
    probe: (w, a) => tagsOfApplicant(target(w, a).id),
    allowed: TEAM,
  },
  'app/dashboard/applications/[applicationId]/actions.ts#removeTagAction': {
    page: (w) => `/dashboard/applications/${w.teamApps[0]!.id}`,
    args: (w, a) => [idle, new Form({ applicationId: String(target(w, a).id), tag: MATRIX_TAG })],
    probe: (w, a) => tagsOfApplicant(target(w, a).id),
    allowed: TEAM,
  },
  // Merging records spans every job of the person: admins only. The admin folds the team job's
  // second applicant into their own target (on the other job, so no job clashes).
  'app/dashboard/applications/[applicationId]/actions.ts#mergeCandidateAction': {
    page: (w) => `/dashboard/applications/${w.teamApps[0]!.id}`,
    args: (w, a) => [idle, new Form({ applicationId: String(target(w, a).id), duplicateEmail: w.teamApps[1]!.email })],
    probe: (w) => json(db()`select candidate_id from applications where id = ${w.teamApps[1]!.id}`),
    allowed: ADMIN,
  },
  // Talent pools: anyone signed in may start one; membership goes through an application the actor may see.
  'app/dashboard/candidates/pools/actions.ts#createTalentPoolAction': {
    page: () => '/dashboard/candidates/pools',
    args: (w, a) => [idle, new Form({ name: marker(a, 'pool') })],
    probe: (w, a) => named('talent_pools', 'name', marker(a, 'pool')),
    allowed: SIGNED_IN,
  },
  'app/dashboard/applications/[applicationId]/actions.ts#addToPoolAction': {
    page: (w) => `/dashboard/applications/${w.teamApps[0]!.id}`,
    args: (w, a) => [idle, new Form({ applicationId: String(target(w, a).id), poolId: String(w.poolId) })],
    probe: (w, a) => poolsOfApplicant(target(w, a).id),
    allowed: TEAM,
  },
  'app/dashboard/applications/[applicationId]/actions.ts#removeFromPoolAction': {
    page: (w) => `/dashboard/applications/${w.teamApps[0]!.id}`,
    args: (w, a) => [idle, new Form({ applicationId: String(target(w, a).id), poolId: String(w.removePoolId) })],
    probe: (w, a) => poolsOfApplicant(target(w, a).id),
    allowed: TEAM,
  },
  // Adding a person by hand: only onto a job of the actor's teams (admins: any).
  'app/dashboard/candidates/new/actions.ts#addCandidateAction': {
    page: () => '/dashboard/candidates/new',
    args: (w, a) => [idle, new Form({ jobId: String(a === 'onTeam' || a === 'anonymous' ? w.openTeamJobId : w.openOtherJobId), firstName: 'Matrix', lastName: a, email: `${marker(a, 'added')}@example.com`, origin: 'sourced' })],
    probe: (w, a) => named('candidates', 'email', `${marker(a, 'added')}@example.com`),
    allowed: TEAM,
  },
  'app/dashboard/actions/move-stage.ts#moveApplicationStageAction': {
    page: (w) => `/dashboard/applications/${w.teamApps[0]!.id}`,
    args: (w, a) => [idle, new Form({ applicationId: String(target(w, a).id), stageId: String(stageOf(w, a, 'Screening')), expectedStageId: String(stageOf(w, a, 'Applied')) })],
    probe: (w, a) => applicationRow(target(w, a).id),
    allowed: TEAM,
  },
  'app/dashboard/actions/bulk-move.ts#bulkMoveApplicationsAction': {
    page: (w) => `/dashboard/jobs/${w.team.id}`,
    args: (w, a) => [idle, new Form({ jobId: String(jobOf(w, a).id), applicationIds: [String(target(w, a).id)], stageId: String(stageOf(w, a, 'Interview')) })],
    probe: (w, a) => applicationRow(target(w, a).id),
    allowed: TEAM,
  },
  'app/dashboard/actions/preview-stage-email.ts#previewStageEmailAction': {
    page: (w) => `/dashboard/applications/${w.teamApps[0]!.id}`,
    args: (w, a) => [target(w, a).id, 'rejection'],
    probe: async () => null,
    allowed: TEAM,
    reveals: (w, a) => target(w, a).name.split(' ')[0]!,
  },
  'app/dashboard/settings/actions.ts#updateNotificationPreferenceAction': {
    page: () => '/dashboard/settings',
    // The demo manager is both offTeam and onTeam here: each call asks for a different value.
    args: (w, a) => [idle, new Form({ notificationPreference: a === 'onTeam' ? 'off' : 'digest' })],
    probe: (w, a) => userSettingsRow(a),
    allowed: SIGNED_IN,
    restore: () => db()`update users set notification_preference = 'instant' where email in ('manager@example.com', 'admin@example.com')`,
  },
  'app/admin/departments/actions.ts#createDepartmentAction': {
    page: () => '/admin/departments',
    args: (w, a) => [idle, new Form({ name: marker(a, 'department') })],
    probe: (w, a) => named('departments', 'name', marker(a, 'department')),
    allowed: ADMIN,
  },
  'app/admin/departments/actions.ts#updateDepartmentAction': {
    page: () => '/admin/departments',
    args: (w, a) => [w.departments[0], idle, new Form({ name: marker(a, 'renamed') })],
    probe: (w) => json(db()`select name from departments where id = ${w.departments[0]!}`),
    allowed: ADMIN,
  },
  'app/admin/departments/actions.ts#deleteDepartmentAction': {
    page: () => '/admin/departments',
    args: (w) => [w.departments[1]],
    probe: (w) => json(db()`select count(*) from departments where id = ${w.departments[1]!}`),
    allowed: ADMIN,
  },
  'app/admin/locations/actions.ts#createLocationAction': {
    page: () => '/admin/locations',
    args: (w, a) => [idle, new Form({ city: marker(a, 'city'), region: '', countryCode: 'DE', remoteArea: '' })],
    probe: (w, a) => named('locations', 'city', marker(a, 'city')),
    allowed: ADMIN,
  },
  'app/admin/locations/actions.ts#updateLocationAction': {
    page: () => '/admin/locations',
    args: (w, a) => [w.locations[0], idle, new Form({ city: marker(a, 'moved'), region: '', countryCode: 'DE', remoteArea: '' })],
    probe: (w) => json(db()`select city from locations where id = ${w.locations[0]!}`),
    allowed: ADMIN,
  },
  'app/admin/locations/actions.ts#deleteLocationAction': {
    page: () => '/admin/locations',
    args: (w) => [w.locations[1]],
    probe: (w) => json(db()`select count(*) from locations where id = ${w.locations[1]!}`),
    allowed: ADMIN,
  },
  'app/admin/api-keys/actions.ts#createApiKeyAction': {
    page: () => '/admin/api-keys',
    args: (w, a) => [idle, new Form({ name: marker(a, 'key') })],
    probe: (w, a) => named('api_keys', 'name', marker(a, 'key')),
    allowed: ADMIN,
  },
  'app/admin/api-keys/actions.ts#revokeApiKeyAction': {
    page: () => '/admin/api-keys',
    args: (w) => [w.apiKeyId],
    probe: (w) => json(db()`select revoked_at is null as live from api_keys where id = ${w.apiKeyId}`),
    allowed: ADMIN,
  },
  'app/admin/email-templates/actions.ts#updateEmailTemplateAction': {
    page: (w) => `/admin/email-templates/${w.template}`,
    args: (w, a) => [idle, new Form({ slug: w.template, subject: `Subject by ${a}`, body: 'Hello {{candidate_first_name}}', version: w.templateVersion })],
    probe: (w) => json(db()`select subject from email_templates where slug = ${w.template}`),
    allowed: ADMIN,
  },
  'app/admin/jobs/new/actions.ts#createJobAction': {
    page: () => '/admin/jobs/new',
    args: (w, a) => [idle, new Form({ title: marker(a, 'job'), slug: marker(a, 'job'), workplaceType: 'remote', employmentType: 'full_time', descriptionMarkdown: 'x' })],
    probe: (w, a) => named('jobs', 'slug', marker(a, 'job')),
    allowed: ADMIN,
  },
  'app/admin/jobs/import/actions.ts#importJobAction': {
    page: () => '/admin/jobs/import',
    args: (w, a) => [idle, new Form({ step: 'save', title: marker(a, 'import'), slug: marker(a, 'import'), workplaceType: 'remote', employmentType: 'full_time', descriptionMarkdown: 'x' })],
    probe: (w, a) => named('jobs', 'slug', marker(a, 'import')),
    allowed: ADMIN,
  },
  'app/admin/jobs/[jobId]/actions.ts#updateJobAction': {
    page: (w) => `/admin/jobs/${w.other.id}`,
    args: (w, a) => [w.other.id, idle, new Form({ title: `Renamed by ${a}`, slug: w.other.slug, workplaceType: 'remote', employmentType: 'full_time', descriptionMarkdown: 'x', version: '1' })],
    probe: (w) => json(db()`select title from jobs where id = ${w.other.id}`),
    allowed: ADMIN,
  },
  'app/admin/jobs/[jobId]/actions.ts#changeJobStatusAction': {
    page: (w) => `/admin/jobs/${w.other.id}`,
    args: (w) => [idle, new Form({ jobId: String(w.other.id), transition: 'archive' })],
    probe: (w) => json(db()`select status from jobs where id = ${w.other.id}`),
    allowed: ADMIN,
  },
  'app/admin/jobs/[jobId]/questions/actions.ts#saveQuestionsAction': {
    page: (w) => `/admin/jobs/${w.other.id}/questions`,
    args: (w) => [w.other.id, idle, new Form({ intent: 'save', questionSetId: String(w.otherSetId), 'questions[0][key]': 'matrix', 'questions[0][kind]': 'short_text', 'questions[0][label]': 'Matrix question' })],
    probe: (w) => json(db()`select count(*) from questions q join question_sets s on s.id = q.question_set_id where s.job_id = ${w.other.id}`),
    allowed: ADMIN,
  },
  'app/admin/teams/[jobId]/actions.ts#addTeamMemberAction': {
    page: (w) => `/admin/teams/${w.other.id}`,
    args: (w) => [idle, new Form({ jobId: String(w.other.id), userId: w.activeUserId })],
    probe: (w) => json(db()`select count(*) from hiring_team_members where job_id = ${w.other.id} and user_id = ${w.activeUserId}`),
    allowed: ADMIN,
  },
  'app/admin/teams/[jobId]/actions.ts#removeTeamMemberAction': {
    page: (w) => `/admin/teams/${w.team.id}`,
    args: (w) => [idle, new Form({ jobId: String(w.team.id), userId: w.activeUserId })],
    probe: (w) => json(db()`select count(*) from hiring_team_members where job_id = ${w.team.id} and user_id = ${w.activeUserId}`),
    allowed: ADMIN,
  },
  'app/admin/users/actions.ts#inviteUserAction': {
    page: () => '/admin/users/new',
    args: (w, a) => [idle, new Form({ name: 'Matrix Invitee', email: `${marker(a, 'invitee')}@example.com`, role: 'hiring_manager' })],
    probe: (w, a) => named('users', 'email', `${marker(a, 'invitee')}@example.com`),
    allowed: ADMIN,
  },
  'app/admin/users/actions.ts#resendInvitationAction': {
    page: (w) => `/admin/users/${w.userId}`,
    args: (w) => [idle, new Form({ userId: w.userId })],
    probe: (w) => json(db()`select count(*) from user_invitations where user_id = ${w.userId}`),
    allowed: ADMIN,
  },
  'app/admin/users/actions.ts#cancelInvitationAction': {
    page: (w) => `/admin/users/${w.userId}`,
    args: (w) => [idle, new Form({ userId: w.userId })],
    probe: (w) => userRow(w.userId),
    allowed: ADMIN,
  },
  'app/admin/users/actions.ts#changeUserRoleAction': {
    page: (w) => `/admin/users/${w.activeUserId}`,
    args: (w) => [idle, new Form({ userId: w.activeUserId, role: 'admin' })],
    probe: (w) => userRow(w.activeUserId),
    allowed: ADMIN,
  },
  'app/admin/users/actions.ts#setUserActiveAction': {
    page: (w) => `/admin/users/${w.activeUserId}`,
    args: (w) => [idle, new Form({ userId: w.activeUserId, active: 'false' })],
    probe: (w) => userRow(w.activeUserId),
    allowed: ADMIN,
  },
  'app/admin/users/notification-actions.ts#setUserNotificationPreferenceAction': {
    page: (w) => `/admin/users/${w.activeUserId}`,
    args: (w) => [idle, new Form({ userId: w.activeUserId, notificationPreference: 'off' })],
    probe: (w) => userRow(w.activeUserId),
    allowed: ADMIN,
  },
  'app/admin/settings/actions.ts#updateSettingsAction': {
    page: () => '/admin/settings',
    args: () => [idle, new Form({ retentionDays: '3650' })],
    probe: () => json(db()`select retention_days from settings`),
    // An admin's save of the whole form is admin-settings.spec.ts (a save here would change the
    // version other specs hold); here a partial form, which reaches the admin's validation and
    // is refused before it for everyone else.
    allowed: [],
    refusal: { anonymous: /session has ended/i, offTeam: /Only admins/, onTeam: /Only admins/, admin: /Check the fields/ },
  },
  'app/(auth)/set-password/actions.ts#setPasswordAction': {
    page: () => '/set-password',
    args: () => [idle, new Form({ token: 'A'.repeat(43), password: 'a long new password 123', confirmPassword: 'a long new password 123' })],
    probe: (w) => userRow(w.userId),
    allowed: [],
  },
  'app/(auth)/sign-in/actions.ts#signInAction': {
    page: () => '/sign-in',
    args: () => [idle, new Form({ email: 'admin@example.com', password: 'not the password' })],
    probe: async () => null,
    allowed: [],
    reveals: () => 'authjs.session-token',
  },
  'app/(auth)/sign-in/actions.ts#signInWithProviderAction': {
    page: () => '/sign-in',
    args: () => [new Form({ provider: 'credentials', callbackUrl: '/admin' })],
    probe: async () => null,
    allowed: [],
    reveals: () => 'authjs.session-token',
  },
  'app/(auth)/sign-in/actions.ts#requestMagicLinkAction': {
    page: () => '/sign-in',
    args: () => [idle, new Form({ email: 'admin@example.com' })],
    probe: () => json(db()`select count(*) from verification_tokens where identifier = 'admin@example.com'`),
    allowed: [],
  },
  'app/(site)/jobs/[slug]/apply/actions.ts#submitApplicationAction': {
    // Public by design; its inputs are the hostile-input suite's. Here: a team member's session
    // gives it nothing extra (a closed job stays closed).
    page: (w) => `/jobs/${w.team.slug}/apply`,
    args: (w, a) => [w.team.slug, idle, new Form({ firstName: 'Matrix', lastName: a, email: `${marker(a, 'applicant')}@example.com`, consent: 'on', submissionToken: crypto.randomUUID() })],
    probe: (w) => json(db()`select count(*) from applications where job_id = ${w.team.id}`),
    allowed: [],
  },
  // Issue 14: interviews, slots, scorecards, candidate email, interview plans, stages, rejection reasons, time zones.
  'app/dashboard/interviews/actions.ts#scheduleInterviewAction': {
    page: (w) => `/dashboard/applications/${loopOf(w, 'onTeam').apps[0]!.id}/schedule`,
    args: (w, a) => [idle, new Form({ applicationId: String(loopOf(w, a).apps[0]!.id), interviewKindId: String(loopOf(w, a).kindId), startsAt: at(w, a, 0), durationMinutes: '30', location: 'Room 1', interviewerIds: [w.loop.interviewerId] })],
    probe: (w, a) => interviewsOf(loopOf(w, a).apps[0]!.id),
    allowed: TEAM,
  },
  'app/dashboard/interviews/actions.ts#rescheduleInterviewAction': {
    page: (w) => `/dashboard/applications/${loopOf(w, 'onTeam').apps[0]!.id}/schedule`,
    args: (w, a) => [idle, new Form({ interviewId: String(loopOf(w, a).rescheduleId), startsAt: at(w, a, 1), durationMinutes: '45', location: 'Room 2', interviewerIds: [w.loop.interviewerId] })],
    probe: (w, a) => interviewRow(loopOf(w, a).rescheduleId),
    allowed: TEAM,
  },
  'app/dashboard/interviews/actions.ts#cancelInterviewAction': {
    page: (w) => `/dashboard/applications/${loopOf(w, 'onTeam').apps[0]!.id}/schedule`,
    args: (w, a) => [idle, new Form({ interviewId: String(loopOf(w, a).cancelId) })],
    probe: (w, a) => interviewRow(loopOf(w, a).cancelId),
    allowed: TEAM,
  },
  'app/dashboard/interviews/actions.ts#requestSelfSchedulingAction': {
    page: (w) => `/dashboard/applications/${loopOf(w, 'onTeam').apps[1]!.id}/schedule`,
    args: (w, a) => [idle, new Form({ applicationId: String(loopOf(w, a).apps[1]!.id), interviewKindId: String(loopOf(w, a).kindId) })],
    probe: (w, a) => interviewsOf(loopOf(w, a).apps[1]!.id),
    allowed: TEAM,
  },
  'app/dashboard/interviews/slot-actions.ts#offerSlotAction': {
    page: (w) => `/dashboard/jobs/${w.team.id}/slots`,
    args: (w, a) => [idle, new Form({ jobId: String(jobOf(w, a).id), interviewKindId: String(loopOf(w, a).kindId), startsAt: at(w, a, 2), durationMinutes: '30', location: 'Room 3', interviewerIds: [w.loop.interviewerId] })],
    probe: (w, a) => json(db()`select count(*) from interview_slots where job_id = ${jobOf(w, a).id}`),
    allowed: TEAM,
  },
  'app/dashboard/interviews/slot-actions.ts#withdrawSlotAction': {
    page: (w) => `/dashboard/jobs/${w.team.id}/slots`,
    args: (w, a) => [idle, new Form({ interviewId: String(loopOf(w, a).slotId) })],
    probe: (w, a) => json(db()`select count(*) from interview_slots where id = ${loopOf(w, a).slotId}`),
    allowed: TEAM,
  },
  'app/dashboard/interviews/scorecard-actions.ts#submitScorecardAction': {
    // Only an interviewer of the interview scores it: not the rest of the team, not an admin.
    page: (w) => `/dashboard/interviews/${scoredInterview(w, 'onTeam')}/scorecard`,
    args: (w, a) => [idle, new Form({ interviewId: String(scoredInterview(w, a)), recommendation: 'yes', 'rating.depth': '3', notes: `Scored by ${a}` })],
    probe: (w, a) => interviewRow(scoredInterview(w, a)),
    allowed: ['onTeam'],
    refusal: { offTeam: /Not found/, admin: /Only the interviewers of this interview/ },
  },
  'app/dashboard/applications/[applicationId]/email/actions.ts#candidateEmailAction': {
    page: (w) => `/dashboard/applications/${loopOf(w, 'onTeam').apps[2]!.id}/email`,
    args: (w, a) => [idle, new Form({ applicationId: String(loopOf(w, a).apps[2]!.id), formToken: crypto.randomUUID(), subject: `Hello from ${a}`, body: 'Hello {{candidate_first_name}}', intent: 'send' })],
    probe: (w, a) => json(db()`select count(*) from email_outbox where to_address = ${loopOf(w, a).apps[2]!.email} and kind = 'candidate-message'`),
    allowed: TEAM,
  },
  'app/dashboard/jobs/[jobId]/interview-plan/actions.ts#saveInterviewPlanAction': {
    page: (w) => `/dashboard/jobs/${w.planTeam.id}/interview-plan`,
    args: (w, a) => [idle, new Form({ jobId: String(planJobOf(w, a).id), planId: String(w.loop.plans[planJobOf(w, a).id]), 'kinds[0][key]': 'technical', 'kinds[0][name]': `Technical by ${a}`, 'kinds[0][criteria]': 'Technical depth' })],
    probe: (w, a) => json(db()`select k.name from interview_kinds k join interview_plans p on p.id = k.plan_id where p.job_id = ${planJobOf(w, a).id} and p.is_current order by k.position`),
    allowed: TEAM,
  },
  'app/dashboard/jobs/[jobId]/stages/actions.ts#editStagesAction': {
    // Teams edit stages only where the company allows it; the seeded company does not (and
    // turning it on here would change what the page matrix sees), so: admins only.
    page: (w) => `/dashboard/jobs/${w.team.id}/stages`,
    args: (w, a) => [idle, new Form({ intent: 'add', jobId: String(jobOf(w, a).id), name: marker(a, 'stage'), kind: 'interview' })],
    probe: (w, a) => json(db()`select count(*) from stages where job_id = ${jobOf(w, a).id} and name = ${marker(a, 'stage')}`),
    allowed: ADMIN,
    refusal: { onTeam: /may not edit this job’s stages/ },
  },
  'app/dashboard/jobs/[jobId]/stages/actions.ts#updateJobReplyToAction': {
    page: (w) => `/dashboard/jobs/${w.team.id}/stages`,
    args: (w, a) => [idle, new Form({ jobId: String(jobOf(w, a).id), replyToEmail: `${marker(a, 'reply')}@example.com` })],
    probe: (w, a) => json(db()`select reply_to_email from jobs where id = ${jobOf(w, a).id}`),
    allowed: ADMIN,
  },
  'app/dashboard/settings/time-zone-action.ts#updateTimeZoneAction': {
    page: () => '/dashboard/settings',
    // Each sets only their own zone. The demo manager is offTeam and onTeam: each asks for another zone.
    args: (w, a) => [idle, new Form({ timeZone: a === 'onTeam' ? 'Pacific/Auckland' : 'America/Lima' })],
    probe: (w, a) => userSettingsRow(a),
    allowed: SIGNED_IN,
    restore: () => db()`update users set time_zone = null where email in ('manager@example.com', 'admin@example.com')`,
  },
  'app/admin/settings/hiring-actions.ts#updateHiringSettingsAction': {
    page: () => '/admin/settings',
    args: () => [idle, new Form({ timeZone: 'Not/A_Zone', replyToEmail: '' })],
    probe: () => json(db()`select time_zone, reply_to_email, teams_edit_stages from settings`),
    // The company's zone and stage rule shape every other spec: an admin's save is
    // admin-settings/hiring-loop territory. Here a zone that does not exist, which reaches the
    // admin's validation and is refused before it for everyone else.
    allowed: [],
    refusal: { anonymous: /session has ended/i, offTeam: /Only admins/, onTeam: /Only admins/, admin: /Check the fields/ },
  },
  'app/admin/rejection-reasons/actions.ts#addRejectionReasonAction': {
    page: () => '/admin/rejection-reasons',
    args: (w, a) => [idle, new Form({ label: marker(a, 'reason') })],
    probe: (w, a) => named('rejection_reasons', 'label', marker(a, 'reason')),
    allowed: ADMIN,
  },
  'app/admin/rejection-reasons/actions.ts#renameRejectionReasonAction': {
    page: () => '/admin/rejection-reasons',
    args: (w, a) => [idle, new Form({ id: String(w.loop.reasons.rename), label: marker(a, 'renamed-reason') })],
    probe: (w) => json(db()`select label from rejection_reasons where id = ${w.loop.reasons.rename}`),
    allowed: ADMIN,
  },
  'app/admin/rejection-reasons/actions.ts#archiveRejectionReasonAction': {
    page: () => '/admin/rejection-reasons',
    args: (w) => [idle, new Form({ id: String(w.loop.reasons.archive), archived: 'true' })],
    probe: (w) => json(db()`select archived_at is null as offered from rejection_reasons where id = ${w.loop.reasons.archive}`),
    allowed: ADMIN,
  },
};

// Ending a session is allowed to anyone and changes only the caller's own session, which the
// shared signed-in states of the other specs need; anonymous calls are checked here.
const SESSION_ENDERS = ['app/(auth)/sign-out/actions.ts#signOutAction', 'app/(auth)/sign-out/actions.ts#signOutEverywhereAction'];

const jobs = jobsOfThisSpec(test);
let world: World;
const contexts = new Map<Actor, APIRequestContext>();


test.beforeAll(async ({ baseURL }) => {
  const team = await jobs('matrix-team');
  const other = await jobs('matrix-other', []);
  const stages: World['stages'] = {};
  for (const job of [team, other]) {
    const rows = await db()<{ name: string; id: number }[]>`select name, id from stages where job_id = ${job.id}`;
    stages[job.id] = Object.fromEntries(rows.map((row) => [row.name, row.id]));
  }
  const departments = await db()<{ id: number }[]>`insert into departments (name, slug) values (${`matrix-${tag}-a`}, ${`matrix-${tag}-a`}), (${`matrix-${tag}-b`}, ${`matrix-${tag}-b`}) returning id`;
  const locations = await db()<{ id: number }[]>`insert into locations (city, country_code) values (${`matrix-${tag}-a`}, 'DE'), (${`matrix-${tag}-b`}, 'DE') returning id`;
  const [user] = await db()<{ id: string }[]>`insert into users (id, email, name, role, active) values (gen_random_uuid()::text, ${`matrix-${tag}@example.com`}, 'Matrix Invitee', 'hiring_manager', false) returning id`;
  const [active] = await db()<{ id: string }[]>`insert into users (id, email, name, role) values (gen_random_uuid()::text, ${`matrix-${tag}-active@example.com`}, 'Matrix User', 'hiring_manager') returning id`;
  await db()`insert into hiring_team_members (job_id, user_id) values (${team.id}, ${active!.id})`;
  await db()`insert into user_invitations (user_id, token_hash, expires_at) values (${user!.id}, ${randomBytes(32).toString('hex')}, now() + interval '1 day')`;
  const [key] = await db()<{ id: number }[]>`insert into api_keys (name, prefix, token_hash) values (${`matrix-${tag}`}, 'ptc_matrix', ${randomBytes(32).toString('hex')}) returning id`;
  const template = `matrix-${tag}`;
  const [version] = await db()<{ v: string }[]>`
    insert into email_templates (slug, name, subject, body) values (${template}, 'Matrix', 'Original subject', 'Original body')
    returning to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') as v`;
  const [set] = await db()<{ id: number }[]>`insert into question_sets (job_id, version) values (${other.id}, 1) returning id`;
  const [openTeam, openOther] = await Promise.all(
    ['senior-software-engineer-backend', 'product-designer'].map(async (slug) => (await db()<{ id: number }[]>`select id from jobs where slug = ${slug} and status = 'published'`)[0]!.id),
  );
  const open = { teamJobId: openTeam!, otherJobId: openOther! };
  const [pool] = await db()<{ id: number }[]>`insert into talent_pools (name) values (${`matrix-${tag}-add`}) returning id`;
  const [removePool] = await db()<{ id: number }[]>`insert into talent_pools (name) values (${`matrix-${tag}-remove`}) returning id`;
  const planTeam = await jobs('matrix-plan-team');
  const planOther = await jobs('matrix-plan-other', []);
  world = {
    team,
    other,
    teamApps: await addApplicants(team.id, 2, 'Tia'),
    otherApps: await addApplicants(other.id, 2, 'Oto'),
    stages,
    departments: departments.map((row) => row.id),
    locations: locations.map((row) => row.id),
    userId: user!.id,
    activeUserId: active!.id,
    apiKeyId: key!.id,
    template,
    templateVersion: version!.v,
    otherSetId: set!.id,
    loop: await buildHiringLoopWorld(tag, team, other, [planTeam, planOther]),
    planTeam,
    planOther,
    poolId: pool!.id,
    removePoolId: removePool!.id,
    openTeamJobId: open.teamJobId,
    openOtherJobId: open.otherJobId,
  };
  const worldApplicants = [...world.teamApps, ...world.otherApps].map((app) => app.id);
  await db()`insert into candidate_tags (candidate_id, tag) select candidate_id, ${MATRIX_TAG} from applications where id = any(${worldApplicants}) on conflict do nothing`;
  await db()`insert into talent_pool_members (pool_id, candidate_id) select ${world.removePoolId}, candidate_id from applications where id = any(${worldApplicants}) on conflict do nothing`;
  // Anonymous carries a session cookie that is no session: it gets past proxy.ts's cookie check,
  // so what refuses it is the action's own check (layer 3), not the redirect (layer 1).
  const forged = { name: 'authjs.session-token', value: 'forged', domain: new URL(baseURL!).hostname, path: '/', expires: -1, httpOnly: true, secure: false, sameSite: 'Lax' as const };
  contexts.set('anonymous', await playwrightRequest.newContext({ baseURL, storageState: { cookies: [forged], origins: [] } }));
  contexts.set('offTeam', await playwrightRequest.newContext({ baseURL, storageState: STORAGE.manager }));
  contexts.set('onTeam', contexts.get('offTeam')!);
  contexts.set('admin', await playwrightRequest.newContext({ baseURL, storageState: STORAGE.admin }));
});

test.afterAll(async () => {
  await contexts.get('anonymous')?.dispose();
  await contexts.get('offTeam')?.dispose();
  await contexts.get('admin')?.dispose();
  if (!world) return;
  const slugs = ACTORS.flatMap((a) => [marker(a, 'job'), marker(a, 'import')]);
  await db()`delete from jobs where slug = any(${slugs})`;
  await db()`delete from departments where id = any(${world.departments}) or name like ${`matrix-${tag}-%`}`;
  await db()`delete from locations where id = any(${world.locations}) or city like ${`matrix-${tag}-%`}`;
  await db()`delete from users where id in (${world.userId}, ${world.activeUserId}) or email like ${`matrix-${tag}-%`}`;
  await db()`delete from api_keys where name like ${`matrix-${tag}%`}`;
  await db()`delete from email_templates where slug = ${world.template}`;
  await removeHiringLoopWorld(tag);
});

test('every server action of the build is in the matrix', () => {
  const known = new Set([...Object.keys(MATRIX), ...SESSION_ENDERS]);
  expect(builtActions().map((action) => action.key).filter((key) => !known.has(key)), 'actions without an authorization check here').toEqual([]);
});

for (const [key, spec] of Object.entries(MATRIX)) {
  test(`${key.split('#')[1]}: ${ACTORS.map((a) => `${a} ${spec.allowed.includes(a) ? 'allowed' : 'refused'}`).join(', ')}`, async ({ baseURL }) => {
    const id = builtActions().find((action) => action.key === key)?.id;
    expect(id, `${key} in the build`).toBeTruthy();
    // Refused actors first: their targets must still be untouched when the allowed ones act.
    const order = [...ACTORS].sort((a, b) => Number(spec.allowed.includes(a)) - Number(spec.allowed.includes(b)));
    try {
      await callEveryActor(spec, id!, order, baseURL!);
    } finally {
      await spec.restore?.();
    }
  });
}

/** Each actor in turn calls the action; the database (or the answer) shows who it worked for. */
async function callEveryActor(spec: Case, id: string, order: Actor[], baseURL: string) {
  for (const actor of order) {
    const before = await spec.probe(world, actor);
    const answer = await callAction(contexts.get(actor)!, baseURL, spec.page(world), id, spec.args(world, actor));
    const after = await spec.probe(world, actor);
    expect(answer.status, `${actor}: no server error`).toBeLessThan(500);
    const allowed = spec.allowed.includes(actor);
    if (spec.refusal?.[actor]) expect(answer.text, `${actor}: the answer`).toMatch(spec.refusal[actor]!);
    if (spec.reveals) {
      const seen = [answer.text, answer.redirect, answer.cookies].some((part) => part.includes(spec.reveals!(world, actor)));
      expect(seen, `${actor} sees the result`).toBe(allowed);
    } else if (allowed) {
      expect(after, `${actor}: the action took effect (answer ${answer.status}: ${answer.text.slice(0, 400)})`).not.toEqual(before);
    } else {
      expect(after, `${actor}: refused, nothing changed`).toEqual(before);
    }
  }
}

test('signing out asks for no authorization and breaks nothing for an anonymous caller', async ({ baseURL }) => {
  for (const key of SESSION_ENDERS) {
    const id = builtActions().find((action) => action.key === key)?.id;
    expect(id, key).toBeTruthy();
    const answer = await callAction(contexts.get('anonymous')!, baseURL!, '/sign-out', id!, []);
    expect(answer.status, key).toBeLessThan(500);
  }
  // The demo users' sessions (saved by auth.setup.ts) still work.
  const response = await contexts.get('admin')!.get('/admin', { maxRedirects: 0 });
  expect(response.status()).toBe(200);
});

// The candidate's one write in issue 14 is no server action: booking an offered time posts a
// plain form to a route handler on the status page, and the status link's token is the only key.
test('booking an offered time answers only to that application’s status link', async ({ baseURL }) => {
  const team = world.loop.jobs[world.team.id]!;
  const [mine, theirs] = await addApplicants(world.team.id, 2, 'Kit');
  const tokens = new Map<number, string>();
  const awaiting = new Map<number, number>();
  for (const applicant of [mine!, theirs!]) {
    const token = randomBytes(32).toString('base64url');
    tokens.set(applicant.id, token);
    await db()`update applications set status_token_hash = ${createHash('sha256').update(token).digest('hex')} where id = ${applicant.id}`;
    const [row] = await db()<{ id: number }[]>`
      insert into interviews (application_id, interview_kind_id, uid, status, duration_minutes)
      values (${applicant.id}, ${team.kindId}, ${`${randomBytes(8).toString('hex')}@matrix`}, 'awaiting_candidate', 30) returning id`;
    awaiting.set(applicant.id, row!.id);
  }
  const slot = async (jobId: number) => {
    const [row] = await db()<{ id: number }[]>`
      insert into interview_slots (job_id, interview_kind_id, starts_at, duration_minutes, location)
      values (${jobId}, ${world.loop.jobs[jobId]!.kindId}, ${`${world.loop.day}T22:00:00Z`}::timestamptz, 30, 'Room 7') returning id`;
    return row!.id;
  };
  const [teamSlot, otherSlot] = [await slot(world.team.id), await slot(world.other.id)];
  const status = (id: number) => json(db()`select i.status, (select count(*) from interview_slots s where s.interview_id = i.id) as slots from interviews i where i.id = ${id}`);
  // One client address for these posts alone: wrong tokens count against it, not against other specs.
  const address = `10.${randomInt(0, 256)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;
  const pick = (context: APIRequestContext, token: string, interviewId: number, slotId: number) =>
    context.post(`/applications/status/${token}/interviews/pick`, {
      form: { interviewId: String(interviewId), slotId: String(slotId) },
      headers: { origin: baseURL!, 'x-forwarded-for': address },
      maxRedirects: 0,
    });
  const before = await status(awaiting.get(mine!.id)!);

  // A staff session is no status link; a made-up link finds nothing.
  expect((await pick(contexts.get('admin')!, randomBytes(32).toString('base64url'), awaiting.get(mine!.id)!, teamSlot)).status()).toBe(404);
  // Another applicant's link cannot book this applicant's interview.
  expect((await pick(contexts.get('anonymous')!, tokens.get(theirs!.id)!, awaiting.get(mine!.id)!, teamSlot)).status()).toBe(404);
  // The right link cannot take a time offered on another job.
  expect((await pick(contexts.get('anonymous')!, tokens.get(mine!.id)!, awaiting.get(mine!.id)!, otherSlot)).headers().location ?? '').toContain('interview=taken');
  expect(await status(awaiting.get(mine!.id)!), 'nothing was booked').toEqual(before);

  // The same post with the applicant's own link and a time on their job books it.
  const booked = await pick(contexts.get('anonymous')!, tokens.get(mine!.id)!, awaiting.get(mine!.id)!, teamSlot);
  expect(booked.status()).toBe(303);
  expect(await status(awaiting.get(mine!.id)!)).toBe(JSON.stringify([{ status: 'scheduled', slots: '1' }]));
});

test('the manager in these checks really is on one team and off the other', async () => {
  const manager = await userId('manager@example.com');
  const rows = await db()<{ job_id: number }[]>`select job_id from hiring_team_members where user_id = ${manager} and job_id in (${world.team.id}, ${world.other.id})`;
  expect(rows.map((row) => row.job_id)).toEqual([world.team.id]);
});
