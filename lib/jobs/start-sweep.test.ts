import { describe, expect, it } from 'vitest';
import { env } from '@/lib/env';
import { sweepOrigin } from './start-sweep';

describe('sweepOrigin', () => {
  it('calls this instance directly when Next has said which port it listens on', () => {
    expect(sweepOrigin('3199')).toBe('http://127.0.0.1:3199');
  });

  it('falls back to APP_URL otherwise', () => {
    expect(sweepOrigin(undefined)).toBe(env.APP_URL);
    expect(sweepOrigin('not-a-port')).toBe(env.APP_URL);
  });
});
