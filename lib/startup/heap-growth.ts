import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the heap grow past what survived its last full collection before it collects
 * again. V8's own choice (up to 4×) let a loaded server carry 450–500 MB of dead renders and keep
 * that memory reserved; at 30% it stayed at 360–400 MB under the same load and went back to
 * ~275 MB once idle, for ~10% fewer rendered pages a second (more full collections; README,
 * Performance, fifth round).
 * Read by V8 at each collection, so setting it at start-up takes effect. 0 leaves V8's default.
 */
export function limitHeapGrowth(percent: number): void {
  if (!Number.isInteger(percent) || percent < 0) throw new RangeError(`Heap growth must be a whole percentage, not ${percent}`);
  if (percent === 0) return;
  setFlagsFromString(`--heap-growing-percent=${percent}`);
}
