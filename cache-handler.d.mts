// Types for cache-handler.mjs (plain JavaScript, loaded by Next at run time; see that file).
import { CacheHandler } from '@fortedigital/nextjs-cache-handler';

/** Next's cache handler: the package's CacheHandler on Redis or the memory store. */
export default class SharedCacheHandler extends CacheHandler {}
