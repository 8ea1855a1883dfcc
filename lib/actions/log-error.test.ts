import { describe, expect, it } from 'vitest';
import { loggableError } from './log-error';

describe('loggableError', () => {
  it('keeps the driver error’s class, code and constraint, never a message that repeats the query’s values', () => {
    const driver = Object.assign(new Error('duplicate key value violates unique constraint; Key (email)=(ada@example.com)'), {
      name: 'PostgresError',
      code: '23505',
      constraint_name: 'candidates_email_unique',
    });
    const wrapped = new Error('Failed query: insert into candidates … params: ada@example.com,Ada', { cause: driver });
    const logged = loggableError(wrapped);
    expect(logged).toMatchObject({ name: 'PostgresError', code: '23505', constraint: 'candidates_email_unique' });
    expect(JSON.stringify(logged)).not.toContain('ada@example.com');
    expect(logged.stack).toMatch(/^\s+at /);
    expect(logged).not.toHaveProperty('message');
  });

  it('names what was thrown when it is not an error, without echoing it', () => {
    expect(loggableError('secret@example.com')).toEqual({ name: 'string' });
  });
});
