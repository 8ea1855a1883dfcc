import 'server-only';
import { applicationForStatusHash, companyTimeZone } from '@/db/queries/candidate-interviews';
import { getInvitationData, listCandidateInterviews, type CandidateInterview } from '@/db/queries/interview-reads';
import { listOpenSlotsFor, takeSlot, type SlotView } from '@/db/queries/interview-slots';
import { inTransaction } from '@/db/queries/transaction';
import type { DbOrTx } from '@/db/client';
import { hashStatusToken } from '@/lib/applications/status-token';
import { recordAudit } from '@/db/queries/audit';
import { candidateCalendarFile } from './invitation-emails';
import { emailContext, queueInterviewEmails } from './send-invitations';

export interface CandidateInterviews {
  companyTimeZone: string;
  interviews: CandidateInterview[];
  /** Free times to pick, per pending interview. */
  openSlots: Array<SlotView & { forInterviewId: number }>;
}

/** What the status page shows about interviews; null for an unknown token. */
export async function candidateInterviews(token: string, now: Date = new Date()): Promise<CandidateInterviews | null> {
  const app = await applicationForStatusHash(hashStatusToken(token));
  if (!app) return null;
  const [zone, list, slots] = await Promise.all([companyTimeZone(), listCandidateInterviews(app.id), listOpenSlotsFor(app.id, now)]);
  // Past interviews drop off the "upcoming" list an hour after their end.
  const upcoming = list.filter((item) => item.startsAt === null || item.startsAt.getTime() + (item.durationMinutes + 60) * 60_000 > now.getTime());
  return { companyTimeZone: zone, interviews: upcoming, openSlots: app.withdrawn ? [] : slots };
}

/** The .ics of one of the candidate's scheduled interviews; null when not theirs or not scheduled. */
export async function candidateCalendar(token: string, interviewId: number): Promise<string | null> {
  const app = await applicationForStatusHash(hashStatusToken(token));
  if (!app) return null;
  const data = await getInvitationData(interviewId);
  if (!data || data.applicationId !== app.id || data.status !== 'scheduled' || !data.startsAt) return null;
  return candidateCalendarFile(data, emailContext(data));
}

export type PickOutcome = 'picked' | 'taken' | 'not-found' | 'already-scheduled';

/** The candidate takes a slot: one transaction for the booking, the invitations and the audit entry. */
export async function pickSlotWithToken(token: string, input: { interviewId: number; slotId: number }, conn?: DbOrTx): Promise<PickOutcome> {
  return inTransaction(async (tx) => {
    const app = await applicationForStatusHash(hashStatusToken(token), tx, { lock: true });
    if (!app || app.withdrawn) return 'not-found';
    const result = await takeSlot(tx, { applicationId: app.id, ...input });
    if (!result.ok) return result.reason;
    await queueInterviewEmails(tx, result.interviewId, 'invite');
    await recordAudit(tx, { actor: null, action: 'interview.slot_picked', entityType: 'interview', entityId: result.interviewId, after: { slotId: input.slotId, by: 'candidate' } });
    return 'picked';
  }, conn);
}
