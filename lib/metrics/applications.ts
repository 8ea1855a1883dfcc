import 'server-only';
import { counter } from './registry';

/** Why an application was not stored. The first four come from createApplication. */
export type ApplicationRefusalReason = 'job-missing' | 'job-closed' | 'duplicate' | 'form-reused' | 'invalid' | 'honeypot' | 'rate-limited';

const REASONS: readonly ApplicationRefusalReason[] = ['job-missing', 'job-closed', 'duplicate', 'form-reused', 'invalid', 'honeypot', 'rate-limited'];

const submitted = counter({
  name: 'portico_applications_submitted_total',
  help: 'Applications stored (web form and API; a resubmission of the same form is not counted again).',
});

const refused = counter({
  name: 'portico_applications_refused_total',
  help: 'Applications refused, by reason (invalid fields, closed or missing job, duplicate, reused form, honeypot, rate limit).',
  labelNames: ['reason'] as const,
});

// Every reason exists from the start at 0, so a rate() over it works before its first refusal.
for (const reason of REASONS) refused.inc({ reason }, 0);

export function countApplicationSubmitted(): void {
  submitted.inc();
}

export function countApplicationRefused(reason: ApplicationRefusalReason): void {
  refused.inc({ reason });
}
