import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startSweepScheduler } from './sweep-scheduler';
import { SWEEP_TOKEN_HEADER } from './sweep-token';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function fakeFetch(status = 200) {
  return vi.fn(async () => new Response('{"closed":[]}', { status }));
}

describe('startSweepScheduler', () => {
  it('posts the token to the route about every interval, jittered, until stopped', async () => {
    const fetchImpl = fakeFetch();
    const scheduler = startSweepScheduler({ url: 'http://127.0.0.1:3000/api/internal/close-expired-jobs', token: 't0ken', fetchImpl, random: () => 1 });
    await vi.advanceTimersByTimeAsync(34_999);
    expect(fetchImpl).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(fetchImpl).toHaveBeenCalledTimes(1);
    const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('http://127.0.0.1:3000/api/internal/close-expired-jobs');
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>)[SWEEP_TOKEN_HEADER]).toBe('t0ken');

    await vi.advanceTimersByTimeAsync(35_000);
    expect(fetchImpl).toHaveBeenCalledTimes(2);
    scheduler.stop();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(fetchImpl).toHaveBeenCalledTimes(2);
  });

  it('keeps going after a failure and reports it', async () => {
    const errors: unknown[] = [];
    const fetchImpl = vi.fn().mockRejectedValueOnce(new Error('ECONNREFUSED')).mockResolvedValue(new Response('', { status: 401 }));
    const scheduler = startSweepScheduler({ url: 'http://x/', token: 't', fetchImpl, random: () => 0.5, onError: (e) => errors.push(e) });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetchImpl).toHaveBeenCalledTimes(2);
    expect(errors.map((e) => (e as Error).message)).toEqual(['ECONNREFUSED', 'The closing-date sweep answered 401']);
    scheduler.stop();
  });

  it('does not keep the process alive', () => {
    vi.useRealTimers();
    const timeouts = () => process.getActiveResourcesInfo().filter((resource) => resource === 'Timeout').length;
    const before = timeouts();
    const scheduler = startSweepScheduler({ url: 'http://x/', token: 't', fetchImpl: fakeFetch() });
    // An unref'd timer is not an active resource: it cannot hold the process open.
    expect(timeouts()).toBe(before);
    scheduler.stop();
  });
});
