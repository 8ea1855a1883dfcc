'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getCachedApplicationForm } from '@/db/queries/application-form';
import { errorState } from '@/lib/action-state';
import { echoableValues, type ApplyActionState } from '@/lib/applications/apply-state';
import { submitApplication } from '@/lib/applications/submit-application';
import { checkWebApplyLimit } from '@/lib/applications/web-apply-rate-limit';
import { dropServerOnlyClaims } from '@/lib/applications/web-post';
import { loggableError } from '@/lib/logging/loggable-error';
import { logger } from '@/lib/logger';
import { countApplicationRefused } from '@/lib/metrics/applications';

const MALFORMED = "We couldn't read your application. Please reload the page and fill in the form again.";
const UNEXPECTED =
  'Something went wrong on our side and your application was not sent. Please try again in a few minutes; if your resume is no longer attached, choose the file again.';

/**
 * The apply form's action (public: no session to check). submitApplication parses, checks that
 * the job takes applications and writes everything in one transaction; the redirect comes
 * after the try, because redirect() works by throwing.
 */
export async function submitApplicationAction(slug: string, _previous: ApplyActionState, formData: FormData): Promise<ApplyActionState> {
  // The types above are a hope, not a check: the bound slug and the form travel in the request,
  // and React's decoder will hand over whatever value a crafted post describes (an object, a
  // circular array, undefined). Anything but a string and a form is refused here, unread.
  if (typeof slug !== 'string' || !(formData instanceof FormData)) return errorState(MALFORMED);
  let reference: string;
  try {
    const limited = await checkWebApplyLimit(await headers());
    if (limited) {
      countApplicationRefused('rate-limited');
      return { ...errorState(limited), values: echoableValues(formData) };
    }
    const result = await submitApplication(slug, dropServerOnlyClaims(formData), { loadForm: getCachedApplicationForm });
    if (result.honeypot) logger.info({ slug }, 'Application refused: honeypot field filled');
    if (!result.reference) return { ...result.state, values: result.values };
    reference = result.reference;
  } catch (error) {
    logger.error({ err: loggableError(error), slug }, 'Application submit failed');
    return { ...errorState(UNEXPECTED), values: echoableValues(formData) };
  }
  // Answered with a 303 when posted without JavaScript, so reloading the confirmation never re-posts.
  redirect(`/jobs/${encodeURIComponent(slug)}/apply/submitted?ref=${encodeURIComponent(reference)}`);
}
