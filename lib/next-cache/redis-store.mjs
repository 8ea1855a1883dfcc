// The shared store of Next's data and page cache (ISR pages, unstable_cache bodies): Redis
// through @fortedigital/nextjs-cache-handler's redis-strings handler. Plain JavaScript because
// Next loads the cache handler at run time without compiling it; the worker imports it too, to
// expire tags in the same store without an HTTP hop into the app.
import { createClient } from '@redis/client';
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings';

/** Every key of one deployment starts with this (two deployments, or the tests, may share a Redis). */
export function redisKeyPrefix(env = process.env) {
  return env.REDIS_KEY_PREFIX || 'portico:next:';
}

/**
 * A connected client and the handler over it. Each entry expires at its own expiry time (the
 * page's revalidate plus next.config.ts's expireTime), so pages of unknown paths and old renders
 * never pile up in Redis; the tag maps are trimmed by the handler as their entries expire.
 */
export async function connectRedisStore(url, env = process.env) {
  const client = createClient({ url, pingInterval: 10_000, socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(retries * 200, 2_000) } });
  // Without a listener a lost connection would end the process; the handler's calls fail (a
  // cache miss, the page is rendered from the database) until the client reconnects.
  client.on('error', (error) => {
    if (env.LOG_LEVEL === 'debug') console.warn('[next-cache] Redis error:', error?.message ?? error);
  });
  await client.connect();
  const handler = createRedisHandler({ client, keyPrefix: redisKeyPrefix(env), timeoutMs: 1_000, keyExpirationStrategy: 'EXAT' });
  return { client, handler };
}
