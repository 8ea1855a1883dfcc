// Scheduling, slots and self-scheduling forms: one schema for the form and the action. Client-safe.
import { z } from 'zod';
import { INTERVIEW_DURATIONS } from '@/lib/domain/hiring-loop';
import { ACTION_MESSAGES } from '@/lib/actions/messages';

export const INTERVIEW_LIMITS = { location: 300, url: 2000, notes: 2000, interviewers: 10 } as const;

export const INTERVIEW_MESSAGES = {
  startsAt: 'Enter the date and time the interview starts',
  past: 'Choose a time in the future',
  duration: `Choose a duration of ${INTERVIEW_DURATIONS.join(', ')} minutes`,
  kind: 'Choose the kind of interview',
  interviewers: 'Choose at least one interviewer from the hiring team',
  tooManyInterviewers: `Choose at most ${INTERVIEW_LIMITS.interviewers} interviewers`,
  videoUrl: 'Enter a video link starting with https://',
  location: `Keep the place to ${INTERVIEW_LIMITS.location} characters or fewer`,
  notes: `Keep the notes to ${INTERVIEW_LIMITS.notes.toLocaleString('en-US')} characters or fewer`,
  placeOrLink: 'Give a place or a video link (or both)',
  notOnTeam: 'Every interviewer must be on this job’s hiring team',
  busy: 'Already booked at that time',
  notFound: 'Not found: this applicant or interview does not exist or is not on one of your jobs.',
  notScheduled: 'This interview is no longer scheduled (it was cancelled or not yet booked).',
  signedOut: ACTION_MESSAGES.signedOut,
  checkFields: 'Check the fields marked below.',
} as const;

const id = (message: string) => z.coerce.number({ message }).int(message).positive(message).max(2_147_483_647, message);
const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((s) => s || null);

const videoUrl = z
  .string()
  .trim()
  .max(INTERVIEW_LIMITS.url, INTERVIEW_MESSAGES.videoUrl)
  .optional()
  .transform((s) => s || null)
  .refine((value) => {
    if (value === null) return true;
    try {
      const url = new URL(value);
      return url.protocol === 'https:' && url.hostname.includes('.') && !url.username && !url.password;
    } catch {
      return false;
    }
  }, INTERVIEW_MESSAGES.videoUrl);

export const interviewTimeFields = {
  /** A datetime-local value, read in the scheduler's own time zone. */
  startsAt: z.string({ message: INTERVIEW_MESSAGES.startsAt }).regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, INTERVIEW_MESSAGES.startsAt),
  durationMinutes: z.coerce
    .number({ message: INTERVIEW_MESSAGES.duration })
    .refine((n) => (INTERVIEW_DURATIONS as readonly number[]).includes(n), INTERVIEW_MESSAGES.duration),
  location: optionalText(INTERVIEW_LIMITS.location, INTERVIEW_MESSAGES.location),
  videoUrl,
  interviewerIds: z
    .array(z.string().trim().min(1).max(100))
    .min(1, INTERVIEW_MESSAGES.interviewers)
    .max(INTERVIEW_LIMITS.interviewers, INTERVIEW_MESSAGES.tooManyInterviewers)
    .transform((ids) => [...new Set(ids)]),
};

const needsPlace = (value: { location: string | null; videoUrl: string | null }) => value.location !== null || value.videoUrl !== null;

export const scheduleInterviewSchema = z
  .object({
    applicationId: id(INTERVIEW_MESSAGES.notFound),
    interviewKindId: id(INTERVIEW_MESSAGES.kind),
    ...interviewTimeFields,
    interviewerNotes: optionalText(INTERVIEW_LIMITS.notes, INTERVIEW_MESSAGES.notes),
  })
  .refine(needsPlace, { message: INTERVIEW_MESSAGES.placeOrLink, path: ['location'] });
export type ScheduleInterviewInput = z.infer<typeof scheduleInterviewSchema>;
export type ScheduleInterviewField = 'interviewKindId' | 'startsAt' | 'durationMinutes' | 'location' | 'videoUrl' | 'interviewerIds' | 'interviewerNotes';

export const rescheduleInterviewSchema = z
  .object({ interviewId: id(INTERVIEW_MESSAGES.notFound), ...interviewTimeFields, interviewerNotes: optionalText(INTERVIEW_LIMITS.notes, INTERVIEW_MESSAGES.notes) })
  .refine(needsPlace, { message: INTERVIEW_MESSAGES.placeOrLink, path: ['location'] });
export type RescheduleInterviewInput = z.infer<typeof rescheduleInterviewSchema>;

export const interviewIdSchema = z.object({ interviewId: id(INTERVIEW_MESSAGES.notFound) });

export const slotSchema = z
  .object({ jobId: id(INTERVIEW_MESSAGES.notFound), interviewKindId: id(INTERVIEW_MESSAGES.kind), ...interviewTimeFields })
  .refine(needsPlace, { message: INTERVIEW_MESSAGES.placeOrLink, path: ['location'] });
export type SlotFormInput = z.infer<typeof slotSchema>;

export const selfScheduleSchema = z.object({ applicationId: id(INTERVIEW_MESSAGES.notFound), interviewKindId: id(INTERVIEW_MESSAGES.kind) });

export const pickSlotSchema = z.object({ interviewId: id('Choose one of the times offered'), slotId: id('Choose one of the times offered') });
