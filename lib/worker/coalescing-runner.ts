/**
 * Runs `task` when kicked, never twice at once: a kick during a run schedules exactly one more
 * run after it (a NOTIFY that arrives mid-drain is not lost, and ten NOTIFYs make one drain).
 */
export function coalescingRunner(task: () => Promise<void>, onError: (error: unknown) => void) {
  let running: Promise<void> | null = null;
  let again = false;

  const loop = async () => {
    do {
      again = false;
      try {
        await task();
      } catch (error) {
        onError(error);
      }
    } while (again);
    running = null;
  };

  return {
    kick(): Promise<void> {
      if (running) {
        again = true;
        return running;
      }
      running = loop();
      return running;
    },
    /** Resolves when the current run (if any) ends. */
    idle(): Promise<void> {
      return running ?? Promise.resolve();
    },
  };
}
