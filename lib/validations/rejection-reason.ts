// The rejection reasons list (admins). Client-safe.
import { z } from 'zod';

export const REJECTION_REASON_MESSAGES = {
  label: 'Enter the reason in 1 to 100 characters',
  duplicate: 'That reason is already on the list',
  lastOne: 'Keep at least one reason: every rejection must name one',
  notFound: 'This reason no longer exists: reload the page',
} as const;

export const rejectionReasonLabelSchema = z.object({
  label: z.string({ message: REJECTION_REASON_MESSAGES.label }).trim().min(1, REJECTION_REASON_MESSAGES.label).max(100, REJECTION_REASON_MESSAGES.label),
});
const notFound = REJECTION_REASON_MESSAGES.notFound;
// A hidden field: any id that cannot be a row is a reason that isn't there.
export const rejectionReasonIdSchema = z.object({
  id: z.coerce.number({ error: notFound }).int(notFound).positive(notFound).max(2_147_483_647, notFound),
});
