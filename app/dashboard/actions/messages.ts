import { ACTION_MESSAGES } from '@/lib/actions/messages';

// The words the stage-move actions answer with; e2e tests and the applicant page match on them.
export const MOVE_MESSAGES = {
  signedOut: ACTION_MESSAGES.signedOut,
  notFound: 'Not found: this applicant does not exist or is not on one of your jobs.',
  notFoundBulk: 'Not found: some of the selected applicants do not exist or are not on this job.',
  stale: 'This applicant was moved by someone else in the meantime; reload to see the current stage',
  notMoved: 'The applicant was not moved.',
  notMovedBulk: 'No applicants were moved.',
  invalidStage: "Choose one of this job's stages",
  invalidTemplate: 'This email template no longer exists; choose another or “No email”',
  unexpected: 'Something went wrong on our side and nothing was moved. Please try again.',
} as const;
