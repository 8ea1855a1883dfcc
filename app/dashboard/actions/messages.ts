import type { z } from 'zod';

// The words the stage-move actions answer with; e2e tests and the applicant page match on them.
export const MOVE_MESSAGES = {
  signedOut: 'Your session has ended. Sign in again, then retry.',
  notFound: 'Not found: this applicant does not exist or is not on one of your jobs.',
  notFoundBulk: 'Not found: some of the selected applicants do not exist or are not on this job.',
  stale: 'This applicant was moved by someone else in the meantime; reload to see the current stage',
  notMoved: 'The applicant was not moved.',
  notMovedBulk: 'No applicants were moved.',
  invalidStage: "Choose one of this job's stages",
  invalidTemplate: 'This email template no longer exists; choose another or “No email”',
  unexpected: 'Something went wrong on our side and nothing was moved. Please try again.',
} as const;

/**
 * Every message per visible field (not just the first). A problem with a hidden field (an id
 * the page put there) becomes the summary message instead, since the person cannot fix it.
 */
export function parseFailure<F extends string>(error: z.ZodError, fields: readonly F[], fallback: string) {
  const fieldErrors: Partial<Record<F, string[]>> = {};
  let message: string = fallback;
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? '');
    if ((fields as readonly string[]).includes(key)) fieldErrors[key as F] = [...(fieldErrors[key as F] ?? []), issue.message];
    else message = issue.message;
  }
  return { message, fieldErrors };
}

