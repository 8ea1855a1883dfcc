import { describe, expect, it } from 'vitest';
import { CANDIDATE_QUERY_MAX_LENGTH } from '@/lib/domain/candidate-search';
import { parseCandidatePool, parseCandidateQuery } from './candidate-query';

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

describe('parseCandidatePool', () => {
  it('takes a row id and ignores anything else', () => {
    expect(parseCandidatePool({ pool: '12' })).toBe(12);
    expect(parseCandidatePool({ pool: ['3', '4'] })).toBe(3);
    for (const pool of [undefined, '', '0', '-1', '1.5', 'x', '99999999999', '2147483648']) expect(parseCandidatePool({ pool }), String(pool)).toBeUndefined();
  });
});
