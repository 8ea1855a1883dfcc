// The posting lifecycle: draft → published → closed → archived, and closed → published again.
// Client-safe: the status panel shows only the buttons this table allows.
import type { JobStatus } from '@/lib/domain/job-enums';

export const JOB_TRANSITIONS = {
  publish: { from: ['draft'], to: 'published', label: 'Publish job', done: 'Job published. It is on the public board now.' },
  close: { from: ['published'], to: 'closed', label: 'Close job', done: 'Job closed. It no longer accepts applications.' },
  reopen: { from: ['closed'], to: 'published', label: 'Reopen job', done: 'Job reopened. It accepts applications again.' },
  archive: { from: ['closed'], to: 'archived', label: 'Archive job', done: 'Job archived. Its public page is gone.' },
} as const satisfies Record<string, { from: readonly JobStatus[]; to: JobStatus; label: string; done: string }>;

export type JobTransition = keyof typeof JOB_TRANSITIONS;
export const JOB_TRANSITION_NAMES = Object.keys(JOB_TRANSITIONS) as JobTransition[];

export function canTransition(status: JobStatus, transition: JobTransition): boolean {
  return (JOB_TRANSITIONS[transition].from as readonly JobStatus[]).includes(status);
}

export function availableTransitions(status: JobStatus): JobTransition[] {
  return JOB_TRANSITION_NAMES.filter((transition) => canTransition(status, transition));
}

const REQUIREMENT: Record<JobTransition, string> = {
  publish: 'Only a draft can be published',
  close: 'Only a published job can be closed',
  reopen: 'Only a closed job can be reopened',
  archive: 'Only a closed job can be archived',
};

/** Why a transition was refused, e.g. "Only a draft can be published. This job is closed." */
export function transitionRefusal(transition: JobTransition, status: JobStatus): string {
  return `${REQUIREMENT[transition]}. This job is ${status}.`;
}
