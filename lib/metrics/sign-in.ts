import 'server-only';
import { Counter, register } from 'prom-client';

// Sign-in metrics on prom-client's default registry (one per process: prom-client is in
// serverExternalPackages), served with the rest by /api/metrics. Get-or-create, because Next
// may evaluate this module more than once per process (route bundles, hot reload).

export type SignInFailureReason = 'invalid' | 'throttled';
export type SignInThrottleScope = 'account' | 'ip' | 'device';

function counter<L extends string>(name: string, help: string, labelNames: readonly L[]): Counter<L> {
  return (register.getSingleMetric(name) as Counter<L> | undefined) ?? new Counter({ name, help, labelNames });
}

const failures = counter('portico_sign_in_failures_total', 'Refused email + password sign-ins, by reason.', ['reason'] as const);
const lockouts = counter(
  'portico_sign_in_lockouts_total',
  'Times an account, client IP or known device reached its free failures and further attempts started to wait.',
  ['scope'] as const,
);

export function countSignInFailure(reason: SignInFailureReason): void {
  failures.inc({ reason });
}

export function countSignInLockout(scope: SignInThrottleScope): void {
  lockouts.inc({ scope });
}
