import { describe, expect, it } from 'vitest';
import { buildTimeline, excerpt } from './timeline';

const at = (minute: number) => new Date(Date.UTC(2026, 2, 12, 10, minute));

describe('buildTimeline', () => {
  it('puts the application, moves, notes and ratings in time order', () => {
    const events = buildTimeline({
      submittedAt: at(0),
      stageMoves: [{ id: 1, at: at(5), actorName: 'Morgan', fromStage: 'Applied', toStage: 'Rejected', toKind: 'rejected', reason: 'Too junior' }],
      notes: [{ id: 9, createdAt: at(2), authorName: 'Avery', body: 'Good call' }],
      ratings: [
        { userId: 'u1', reviewerName: 'Avery', score: 4, createdAt: at(3), updatedAt: at(3) },
        { userId: 'u2', reviewerName: 'Morgan', score: 2, createdAt: at(1), updatedAt: at(6) },
      ],
    });
    expect(events.map((event) => event.id)).toEqual(['applied', 'note-9', 'rating-u1', 'stage-1', 'rating-u2']);
    expect(events[1]).toMatchObject({ kind: 'note', authorName: 'Avery', body: 'Good call' });
    expect(events[3]).toMatchObject({ kind: 'stage', actorName: 'Morgan', reason: 'Too junior', toStage: 'Rejected' });
    expect(events.filter((event) => event.kind === 'rating').map((event) => event.kind === 'rating' && event.changed)).toEqual([false, true]);
  });

  it('orders events at the same instant: application, move, note, rating', () => {
    const events = buildTimeline({
      submittedAt: at(0),
      stageMoves: [{ id: 1, at: at(0), actorName: null, fromStage: null, toStage: 'Screening', toKind: 'screening', reason: null }],
      notes: [{ id: 2, createdAt: at(0), authorName: null, body: 'x' }],
      ratings: [{ userId: 'u', reviewerName: 'R', score: 3, createdAt: at(0), updatedAt: at(0) }],
    });
    expect(events.map((event) => event.kind)).toEqual(['applied', 'stage', 'note', 'rating']);
  });
});

describe('buildTimeline emails', () => {
  it('places the candidate’s linked emails by when they were queued, after other events of that instant', () => {
    const events = buildTimeline({
      submittedAt: at(0),
      stageMoves: [{ id: 1, at: at(4), actorName: 'Morgan', fromStage: 'Applied', toStage: 'Rejected', toKind: 'rejected', reason: null }],
      notes: [],
      ratings: [],
      emails: [
        { id: 7, subject: 'We received your application', status: 'sent', createdAt: at(0) },
        { id: 8, subject: 'Your application', status: 'queued', createdAt: at(4) },
      ],
    });
    expect(events.map((event) => event.id)).toEqual(['applied', 'email-7', 'stage-1', 'email-8']);
    expect(events[3]).toMatchObject({ kind: 'email', subject: 'Your application', status: 'queued' });
  });
});

describe('excerpt', () => {
  it('flattens whitespace and cuts long notes with an ellipsis', () => {
    expect(excerpt('a\n\n b')).toBe('a b');
    expect(excerpt('word '.repeat(100), 20)).toBe('word word word word…');
  });
});
