import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test';
import { db } from './support/db';
import { pastInterview } from './support/interviews';
import { addApplicants, jobsOfThisSpec, userId } from './support/pipeline-data';
import { STORAGE } from './support/storage';

// Layers 2 and 3 of the auth checks, route by route: every signed-in route answered for each
// kind of visitor. The demo manager is on the hiring team of the Engineering jobs only.
const TEAM_JOB = 'senior-software-engineer-backend';
const OTHER_JOB = 'product-designer';

// 'forged' carries a session cookie that is no session: it gets past the proxy's cookie check,
// so it proves the pages and handlers check the session themselves.
type Actor = 'anonymous' | 'forged' | 'manager' | 'admin';

interface Ids {
  teamJobId: number;
  teamAppId: number;
  otherJobId: number;
  otherAppId: number;
  /** Interviews on jobs of this spec: the manager on the first's team (and its interviewer), not the second's. */
  teamInterviewId: number;
  otherInterviewId: number;
}

// {teamJobId} and friends are filled in from the database; a file answers with bytes, not a page.
const ROUTES: ReadonlyArray<{ template: string; file?: boolean; adminOnly?: boolean }> = [
  { template: '/dashboard' },
  { template: '/dashboard/jobs/{teamJobId}' },
  { template: '/dashboard/jobs/{teamJobId}/board' },
  { template: '/dashboard/jobs/{teamJobId}/export', file: true },
  { template: '/dashboard/applications/{teamAppId}' },
  { template: '/dashboard/applications/{teamAppId}/resume', file: true },
  { template: '/dashboard/jobs/{otherJobId}' },
  { template: '/dashboard/jobs/{otherJobId}/board' },
  { template: '/dashboard/jobs/{otherJobId}/export', file: true },
  { template: '/dashboard/applications/{otherAppId}' },
  { template: '/dashboard/applications/{otherAppId}/resume', file: true },
  { template: '/admin', adminOnly: true },
  { template: '/dashboard/settings' },
  { template: '/admin/email-templates', adminOnly: true },
  { template: '/admin/email-templates/rejection', adminOnly: true },
  { template: '/admin/email-templates/rejection/preview', adminOnly: true },
  // Issue 14: interviews, slots, stage editing (teams may edit only when the company allows it,
  // which the seed does not), rejection reasons.
  { template: '/dashboard/interviews' },
  // Reports answer every signed-in user, scoped to their jobs (e2e/reports.spec.ts checks the scoping).
  // The candidate database answers every signed-in user, scoped to their jobs (e2e/candidates.spec.ts).
  { template: '/dashboard/candidates' },
  { template: '/dashboard/candidates?q=jane' },
  { template: '/dashboard/candidates/new' },
  { template: '/dashboard/candidates/pools' },
  { template: '/dashboard/reports' },
  { template: '/dashboard/reports?job={teamJobId}' },
  { template: '/dashboard/reports/applicants?reached=applied' },
  { template: '/dashboard/reports/export?figure=funnel', file: true },
  { template: '/admin/eeo', adminOnly: true },
  { template: '/dashboard/applications/{teamAppId}/schedule' },
  { template: '/dashboard/applications/{otherAppId}/schedule' },
  { template: '/dashboard/jobs/{teamJobId}/slots' },
  { template: '/dashboard/jobs/{otherJobId}/slots' },
  { template: '/dashboard/jobs/{teamJobId}/stages', adminOnly: true },
  { template: '/dashboard/jobs/{otherJobId}/stages', adminOnly: true },
  { template: '/admin/rejection-reasons', adminOnly: true },
  { template: '/dashboard/applications/{teamAppId}/email' },
  { template: '/dashboard/applications/{otherAppId}/email' },
  { template: '/dashboard/jobs/{teamJobId}/interview-plan' },
  { template: '/dashboard/jobs/{otherJobId}/interview-plan' },
  { template: '/dashboard/interviews/{teamInterviewId}' },
  { template: '/dashboard/interviews/{teamInterviewId}/scorecard' },
  { template: '/dashboard/interviews/{otherInterviewId}' },
  { template: '/dashboard/interviews/{otherInterviewId}/scorecard' },
  // Issue 10, subject access: the candidate's whole file, for admins only.
  { template: '/dashboard/applications/{teamAppId}/subject-access', file: true, adminOnly: true },
  { template: '/dashboard/applications/{otherAppId}/subject-access', file: true, adminOnly: true },
];

/** What each actor must get: a redirect to sign in, 200, or the 404 that reveals nothing. */
function expected(actor: Actor, route: (typeof ROUTES)[number]): 'sign-in' | 200 | 404 {
  if (actor === 'anonymous' || actor === 'forged') return 'sign-in';
  if (actor === 'admin') return 200;
  if (route.adminOnly || route.template.includes('{other')) return 404;
  return 200;
}

function fill(template: string, ids: Ids): string {
  return template.replace(/\{(\w+)\}/g, (_, key: keyof Ids) => String(ids[key]));
}

async function idsBySlug(): Promise<Omit<Ids, 'teamInterviewId' | 'otherInterviewId'>> {
  const rows = await db()<{ slug: string; jobId: number; appId: number | null }[]>`
    select j.slug, j.id as "jobId", (select min(a.id) from applications a where a.job_id = j.id) as "appId"
    from jobs j where j.slug in (${TEAM_JOB}, ${OTHER_JOB})`;
  const team = rows.find((row) => row.slug === TEAM_JOB);
  const other = rows.find((row) => row.slug === OTHER_JOB);
  if (!team?.appId || !other?.appId) throw new Error('The seeded jobs and demo applicants are missing: run against a seeded database');
  return { teamJobId: team.jobId, teamAppId: team.appId, otherJobId: other.jobId, otherAppId: other.appId };
}

const contexts = new Map<Actor, APIRequestContext>();
const jobs = jobsOfThisSpec(test);
let ids: Ids;

test.beforeAll(async ({ baseURL }) => {
  const manager = await userId('manager@example.com');
  const [teamJob, otherJob] = [await jobs('authz-team'), await jobs('authz-other', [])];
  const [[teamApp], [otherApp]] = [await addApplicants(teamJob.id, 1), await addApplicants(otherJob.id, 1)];
  ids = {
    ...(await idsBySlug()),
    teamInterviewId: await pastInterview(teamJob.id, teamApp!.id, [manager]),
    otherInterviewId: await pastInterview(otherJob.id, otherApp!.id, [await userId('admin@example.com')]),
  };
  // A fresh context per actor; the signed-in ones reuse the states auth.setup.ts saved (no sign-in here).
  contexts.set('anonymous', await playwrightRequest.newContext({ baseURL }));
  const forged = { name: 'authjs.session-token', value: 'forged', domain: new URL(baseURL!).hostname, path: '/', expires: -1 };
  const forgedState = { cookies: [{ ...forged, httpOnly: true, secure: false, sameSite: 'Lax' as const }], origins: [] };
  contexts.set('forged', await playwrightRequest.newContext({ baseURL, storageState: forgedState }));
  contexts.set('manager', await playwrightRequest.newContext({ baseURL, storageState: STORAGE.manager }));
  contexts.set('admin', await playwrightRequest.newContext({ baseURL, storageState: STORAGE.admin }));
});

test.afterAll(async () => {
  await Promise.all([...contexts.values()].map((context) => context.dispose()));
});

for (const actor of ['anonymous', 'forged', 'manager', 'admin'] as const) {
  const title = { anonymous: 'anonymous', forged: 'a forged session cookie', manager: 'the hiring manager (Engineering team only)', admin: 'admin' }[actor];
  test.describe(`as ${title}`, () => {
    for (const route of ROUTES) {
      const outcome = expected(actor, route);
      test(`${route.template} → ${outcome === 'sign-in' ? 'redirect to sign in' : outcome}`, async () => {
        const path = fill(route.template, ids);
        const response = await contexts.get(actor)!.get(path, { maxRedirects: 0 });
        if (outcome === 'sign-in') {
          // A file may refuse (401/404) instead of redirecting; either way no bytes are handed over.
          if (route.file && [401, 404].includes(response.status())) {
            expect(response.headers()['content-disposition'] ?? '', path).toBe('');
            return;
          }
          expect(response.status(), path).toBe(307);
          const location = new URL(response.headers().location ?? '', 'http://x');
          expect(location.pathname).toBe('/sign-in');
          expect(location.searchParams.get('callbackUrl')).toBe(path);
          return;
        }
        expect(response.status(), path).toBe(outcome);
        if (outcome === 404 && route.file) expect(response.headers()['content-disposition'] ?? '', path).toBe('');
      });
    }
  });
}
