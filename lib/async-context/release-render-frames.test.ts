import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { releaseFramesOnAbort } from './release-render-frames';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/** Aborts `controller` from a method, as React aborts a finished render's signal from the Immediate running it. */
function abortFromMethodOf(controller: AbortController): WeakRef<object> {
  const receiver = {
    render: Array.from({ length: 10_000 }, (_, i) => `row ${i}`),
    finish() {
      controller.abort(new Error('This render completed successfully.'));
    },
  };
  receiver.finish();
  return new WeakRef(receiver);
}

async function collected(ref: WeakRef<object>): Promise<boolean> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc();
  }
  return ref.deref() === undefined;
}

describe('releaseFramesOnAbort', () => {
  it('the retention it mends: an abort reason whose stack was never read keeps its frames’ receivers alive', async () => {
    const controller = new AbortController();
    const receiver = abortFromMethodOf(controller);
    expect(await collected(receiver)).toBe(false);
    expect(controller.signal.reason).toBeInstanceOf(Error);
  });

  it('lets the receivers go once the signal is aborted, while the signal and its reason live on', async () => {
    const controller = new AbortController();
    releaseFramesOnAbort(controller.signal);
    const receiver = abortFromMethodOf(controller);
    expect(await collected(receiver)).toBe(true);
    expect((controller.signal.reason as Error).stack).toContain('This render completed successfully.');
  });

  it('does nothing without a render or after it ended', () => {
    expect(() => releaseFramesOnAbort(null)).not.toThrow();
    const controller = new AbortController();
    controller.abort(new Error('already over'));
    releaseFramesOnAbort(controller.signal);
    expect(controller.signal.aborted).toBe(true);
  });
});
