import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { logger } from '@/lib/logger';
import { signInAs } from '@/tests/helpers/session-mock';
import { ACTION_MESSAGES } from './messages';

// The action kit's order and answers, with the session faked and the steps as plain functions:
// what each refusal says, what reaches the log, and that `act` never runs unless it may.
vi.mock('server-only', () => ({}));
vi.mock('@/lib/auth/session', () => import('@/tests/helpers/session-mock'));
const { refuse, runAction, typed } = await import('./run-action');

const schema = z.object({ id: z.coerce.number().int().positive('Bad id'), name: z.string().min(2, 'Too short') });
const act = vi.fn();
const answer = vi.fn();
const spec = (overrides: Partial<Parameters<typeof runAction<'name', z.infer<typeof schema>, unknown>>[0]> = {}) => ({
  name: 'testAction',
  input: { id: '7', name: 'Ada' },
  schema,
  fields: ['name'] as const,
  invalid: 'Check the form.',
  echo: { name: 'Ada' },
  act,
  answer,
  ...overrides,
});

beforeEach(() => {
  act.mockReset().mockResolvedValue('done');
  answer.mockReset().mockReturnValue({ status: 'success', message: 'Saved' });
  signInAs({ id: 'u1', role: 'hiring_manager' });
});

describe('runAction', () => {
  it('acts as the signed-in user on the parsed input, then answers with the result', async () => {
    expect(await runAction(spec())).toEqual({ status: 'success', message: 'Saved' });
    expect(act).toHaveBeenCalledWith({ id: 'u1', role: 'hiring_manager' }, { id: 7, name: 'Ada' }, expect.objectContaining({ id: 'u1' }));
    expect(answer).toHaveBeenCalledWith('done', { id: 7, name: 'Ada' });
  });

  it('answers a signed-out request with the one signed-out wording, keeping what was typed, and does nothing', async () => {
    signInAs(null);
    expect(await runAction(spec())).toEqual({ status: 'error', message: ACTION_MESSAGES.signedOut, fieldErrors: undefined, name: 'Ada' });
    expect(act).not.toHaveBeenCalled();
  });

  it('answers a user without the role with the one forbidden wording, before reading the form', async () => {
    const input = vi.fn();
    const result = await runAction(spec({ role: 'admin', get input() { input(); return {}; } }));
    expect(result).toMatchObject({ status: 'error', message: ACTION_MESSAGES.forbidden });
    expect(act).not.toHaveBeenCalled();
  });

  it('returns every field error for fields the person can fix, and a hidden field problem as the message', async () => {
    expect(await runAction(spec({ input: { id: '7', name: 'A' } }))).toEqual({
      status: 'error',
      message: 'Check the form.',
      fieldErrors: { name: ['Too short'] },
      name: 'Ada',
    });
    expect(await runAction(spec({ input: { id: '-3', name: 'Ada' } }))).toMatchObject({ status: 'error', message: 'Bad id', fieldErrors: {} });
    expect(act).not.toHaveBeenCalled();
  });

  it('answers a refusal from act with its message and field errors, without answering success', async () => {
    act.mockResolvedValue(refuse<'name'>('Taken.', { name: ['That name is taken'] }));
    expect(await runAction(spec())).toEqual({ status: 'error', message: 'Taken.', fieldErrors: { name: ['That name is taken'] }, name: 'Ada' });
    expect(answer).not.toHaveBeenCalled();
  });

  it('logs a failure by the action name and the error kind only, and answers the generic wording', async () => {
    const error = vi.spyOn(logger, 'error').mockImplementation(() => undefined);
    act.mockRejectedValue(new Error('duplicate key value (email)=(ada@example.com)'));
    expect(await runAction(spec())).toMatchObject({ status: 'error', message: ACTION_MESSAGES.unexpected, name: 'Ada' });
    expect(await runAction(spec({ unexpected: 'Nothing was moved.' }))).toMatchObject({ message: 'Nothing was moved.' });
    expect(error).toHaveBeenCalledWith({ err: expect.objectContaining({ name: 'Error' }) }, 'testAction failed');
    expect(JSON.stringify(error.mock.calls)).not.toContain('ada@example.com');
    expect(answer).not.toHaveBeenCalled();
    error.mockRestore();
  });

  it('lets what answer throws (a redirect) through: answer runs outside the try', async () => {
    const redirect = Object.assign(new Error('NEXT_REDIRECT'), { digest: 'NEXT_REDIRECT;replace;/x;307;' });
    answer.mockImplementation(() => {
      throw redirect;
    });
    await expect(runAction(spec())).rejects.toBe(redirect);
  });
});

describe('typed', () => {
  it('reads a typed value and ignores an absent field or a file', () => {
    const form = new FormData();
    form.set('name', 'Ada');
    form.set('resume', new File(['x'], 'cv.pdf'));
    expect(typed(form, 'name')).toBe('Ada');
    expect(typed(form, 'resume')).toBeUndefined();
    expect(typed(form, 'missing')).toBeUndefined();
  });
});
