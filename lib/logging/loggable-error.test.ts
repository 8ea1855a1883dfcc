import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { loggableError } from './loggable-error';

const PERSONAL = /ada@example\.com|Lovelace/;

describe('loggableError', () => {
  it('keeps a real driver error’s kind and code, not its message carrying the query’s parameter', async () => {
    const sql = postgres(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres', { max: 1, onnotice: () => {} });
    try {
      const error = await sql`select ${'ada@example.com Lovelace'}::int`.catch((e: unknown) => e);
      expect(String((error as Error).message)).toMatch(PERSONAL);
      const wrapped = new Error(`Failed query: select $1::int\nparams: ada@example.com Lovelace`, { cause: error });
      wrapped.name = 'DrizzleQueryError';
      const logged = loggableError(wrapped);
      expect(logged).toMatchObject({ name: 'DrizzleQueryError', cause: 'PostgresError', code: '22P02' });
      expect(logged.frames?.length).toBeGreaterThan(0);
      expect(JSON.stringify(logged)).not.toMatch(PERSONAL);
    } finally {
      await sql.end();
    }
  });

  it('keeps an SMTP failure’s codes, not the reply naming the recipient', () => {
    const error = Object.assign(new Error('Can\'t send mail - all recipients were rejected: 550 5.1.1 <ada@example.com>: Recipient address rejected'), {
      code: 'EENVELOPE',
      responseCode: 550,
      response: '550 5.1.1 <ada@example.com>: Recipient address rejected',
    });
    const logged = loggableError(error);
    expect(logged).toMatchObject({ name: 'Error', code: 'EENVELOPE', responseCode: 550 });
    expect(JSON.stringify(logged)).not.toMatch(PERSONAL);
  });

  it('says what was thrown when it is not an Error, without its value', () => {
    expect(loggableError('ada@example.com')).toEqual({ name: 'string' });
    expect(loggableError({ email: 'ada@example.com' })).toEqual({ name: 'object' });
  });

  it('ignores a code that is free text', () => {
    const error = Object.assign(new Error('x'), { code: 'duplicate ada@example.com' });
    expect(loggableError(error)).not.toHaveProperty('code');
  });
});
