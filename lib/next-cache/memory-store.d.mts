// Types for memory-store.mjs (plain JavaScript, loaded by Next at run time; see that file).
import type createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru';

/** The package's handler shape: the memory store is a drop-in for its local-lru handler. */
export type MemoryHandler = ReturnType<typeof createLruHandler>;

export function cacheValueSize(value: unknown, depth?: number): number;
export function createMemoryHandler(options: { maxItems: number; maxBytes: number }): MemoryHandler;
