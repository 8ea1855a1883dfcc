import { describe, expect, it } from 'vitest';
import { CANDIDATE_QUERY_MAX_LENGTH } from '@/lib/domain/candidate-search';
import { parseCandidateQuery } from './candidate-query';

describe('parseCandidateQuery', () => {
  it('takes the first q, trimmed and with runs of whitespace collapsed', () => {
    expect(parseCandidateQuery({ q: '  kubernetes   postgres ' })).toBe('kubernetes postgres');
    expect(parseCandidateQuery({ q: ['first', 'second'] })).toBe('first');
    expect(parseCandidateQuery({})).toBe('');
  });

  it('turns control characters (the snippet marks among them) into spaces', () => {
    expect(parseCandidateQuery({ q: 'a\u0002b\u0000c\u0003' })).toBe('a b c');
  });

  it('cuts a pasted paragraph to the limit instead of refusing it', () => {
    const parsed = parseCandidateQuery({ q: 'x'.repeat(CANDIDATE_QUERY_MAX_LENGTH + 50) });
    expect(parsed).toHaveLength(CANDIDATE_QUERY_MAX_LENGTH);
  });
});
