import type { SessionUser } from '@/lib/auth/session';

// The session, faked for tests that call server actions and route handlers directly (there is no
// request, so no cookie); everything behind it — authorization, queries — runs for real.
//
//   vi.mock('@/lib/auth/session', () => import('@/tests/helpers/session-mock'));
//   import { signInAs } from '@/tests/helpers/session-mock';
//   signInAs(admin);  …  signInAs(null);   // signed out
//
// The mock factory returns this module, so the test and the code under test share its state.

let current: SessionUser | null = null;

/** Who the next action call runs as; null: signed out. */
export function signInAs(actor: (Pick<SessionUser, 'id' | 'role'> & Partial<SessionUser>) | null): void {
  current = actor ? { email: 'someone@example.com', name: 'Someone', ...actor } : null;
}

/** Stands in for lib/auth/session's getCurrentUser. */
export async function getCurrentUser(): Promise<SessionUser | null> {
  return current;
}
