import { residentMegabytes, type BenchServer } from './bench-server';

// The server's memory right after the load and once it has been idle a while. Right after, V8's
// heap still holds the garbage of the last renders; after ~30 s without work V8's memory reducer
// collects it and hands pages back, so the second figure is what the server keeps (the live
// heap). The heap figures come from the app's own Prometheus metrics, which a loopback peer may
// read without a token.

const IDLE_MS = 40_000;

async function heapMegabytes(base: string): Promise<{ used: number; total: number } | null> {
  try {
    const response = await fetch(`${base}/api/metrics`);
    if (!response.ok) return null;
    const text = await response.text();
    const read = (name: string) => Number(new RegExp(`^portico_nodejs_heap_size_${name}_bytes (\\S+)$`, 'm').exec(text)?.[1]) / 1024 / 1024;
    const used = read('used');
    const total = read('total');
    return Number.isFinite(used) && Number.isFinite(total) ? { used, total } : null;
  } catch {
    return null;
  }
}

async function snapshot(server: BenchServer): Promise<string> {
  const heap = await heapMegabytes(server.base);
  const heapText = heap ? ` (V8 heap ${heap.used.toFixed(0)} MB used of ${heap.total.toFixed(0)} MB)` : '';
  return `${residentMegabytes(server).toFixed(0)} MB${heapText}`;
}

/** One line: RSS (and heap) right after the bench and after IDLE_MS without requests. */
export async function benchMemory(server: BenchServer, log: (message: string) => void): Promise<string> {
  const afterLoad = await snapshot(server);
  log(`memory right after the load: ${afterLoad}; idle ${IDLE_MS / 1000} s`);
  await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
  const afterIdle = await snapshot(server);
  return `Server memory (RSS of its processes) right after the bench: ${afterLoad}; after ${IDLE_MS / 1000} s idle: ${afterIdle}`;
}
