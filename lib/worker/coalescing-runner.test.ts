import { describe, expect, it } from 'vitest';
import { coalescingRunner } from './coalescing-runner';

describe('coalescingRunner', () => {
  it('runs once more for any number of kicks during a run, never two at once', async () => {
    let active = 0;
    let maxActive = 0;
    let runs = 0;
    let release: () => void = () => {};
    const runner = coalescingRunner(async () => {
      active += 1;
      maxActive = Math.max(maxActive, active);
      runs += 1;
      if (runs === 1) await new Promise<void>((resolve) => (release = resolve));
      active -= 1;
    }, () => {});
    const first = runner.kick();
    void runner.kick();
    void runner.kick();
    release();
    await first;
    await runner.idle();
    expect(runs).toBe(2);
    expect(maxActive).toBe(1);
  });

  it('reports a failed run and keeps working', async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const runner = coalescingRunner(async () => {
      calls += 1;
      if (calls === 1) throw new Error('boom');
    }, (error) => errors.push(error));
    await runner.kick();
    await runner.kick();
    expect(calls).toBe(2);
    expect(errors).toHaveLength(1);
  });
});
