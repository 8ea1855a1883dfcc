import type { StageKind } from '@/lib/domain/job-enums';

// The activity timeline, put together from what the page already loaded.

export type TimelineEvent =
  | { kind: 'applied'; id: string; at: Date }
  | { kind: 'stage'; id: string; at: Date; actorName: string | null; fromStage: string | null; toStage: string; toKind: StageKind; reason: string | null }
  | { kind: 'note'; id: string; at: Date; authorName: string | null; body: string }
  | { kind: 'rating'; id: string; at: Date; reviewerName: string; score: number; changed: boolean }
  | { kind: 'interview'; id: string; at: Date; kindName: string; change: 'scheduled' | 'requested' | 'cancelled'; startsAt: Date | null }
  | { kind: 'email'; id: string; at: Date; subject: string; status: string };

export interface TimelineSources {
  submittedAt: Date;
  stageMoves: ReadonlyArray<{ id: number; at: Date; actorName: string | null; fromStage: string | null; toStage: string; toKind: StageKind; reason: string | null }>;
  notes: ReadonlyArray<{ id: number; createdAt: Date; authorName: string | null; body: string }>;
  ratings: ReadonlyArray<{ userId: string; reviewerName: string; score: number; createdAt: Date; updatedAt: Date }>;
  interviews?: ReadonlyArray<{ id: number; kindName: string; status: string; startsAt: Date | null; createdAt: Date; cancelledAt: Date | null }>;
  /** Emails to the candidate about this application (outbox rows linked to it). */
  emails?: ReadonlyArray<{ id: number; subject: string; status: string; createdAt: Date }>;
}

// Same instant: the application comes first, then moves, notes and ratings.
const ORDER: Record<TimelineEvent['kind'], number> = { applied: 0, stage: 1, note: 2, rating: 3, interview: 4, email: 5 };

/** Oldest first. A rating appears once, at its latest change (the table keeps one per reviewer). */
export function buildTimeline({ submittedAt, stageMoves, notes, ratings, interviews = [], emails = [] }: TimelineSources): TimelineEvent[] {
  const events: TimelineEvent[] = [
    { kind: 'applied', id: 'applied', at: submittedAt },
    ...stageMoves.map(({ id, ...move }): TimelineEvent => ({ kind: 'stage', id: `stage-${id}`, ...move })),
    ...notes.map((note): TimelineEvent => ({
      kind: 'note',
      id: `note-${note.id}`,
      at: note.createdAt,
      authorName: note.authorName,
      body: note.body,
    })),
    ...ratings.map((rating): TimelineEvent => ({
      kind: 'rating',
      id: `rating-${rating.userId}`,
      at: rating.updatedAt,
      reviewerName: rating.reviewerName,
      score: rating.score,
      changed: rating.updatedAt.getTime() > rating.createdAt.getTime(),
    })),
    ...interviews.flatMap((interview): TimelineEvent[] => [
      {
        kind: 'interview',
        id: `interview-${interview.id}`,
        at: interview.createdAt,
        kindName: interview.kindName,
        change: interview.status === 'awaiting_candidate' || (interview.status === 'cancelled' && interview.startsAt === null) ? 'requested' : 'scheduled',
        startsAt: interview.startsAt,
      },
      ...(interview.cancelledAt
        ? [{ kind: 'interview' as const, id: `interview-${interview.id}-cancelled`, at: interview.cancelledAt, kindName: interview.kindName, change: 'cancelled' as const, startsAt: interview.startsAt }]
        : []),
    ]),
    ...emails.map((email): TimelineEvent => ({ kind: 'email', id: `email-${email.id}`, at: email.createdAt, subject: email.subject, status: email.status })),
  ];
  return events.sort((a, b) => a.at.getTime() - b.at.getTime() || ORDER[a.kind] - ORDER[b.kind]);
}

/** The first characters of a note for the timeline; the notes list shows it whole. */
export function excerpt(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
