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
 * A client and the handler over it (connected first unless `wait: false`). Each entry expires at its own expiry time (the
 * page's revalidate plus next.config.ts's expireTime), so pages of unknown paths and old renders
 * never pile up in Redis; the tag maps are trimmed by the handler as their entries expire.
 */
export async function connectRedisStore(url, env = process.env, { wait = true } = {}) {
  // No offline queue: while Redis is unreachable a command fails at once (the app counts a
  // miss and renders) instead of waiting; the client keeps reconnecting in the background.
  const client = createClient({
    url,
    pingInterval: 10_000,
    disableOfflineQueue: true,
    socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(retries * 200, 2_000) },
  });
  // Without a listener a lost connection would end the process; the handler's calls fail (a
  // cache miss, the page is rendered from the database) until the client reconnects.
  client.on('error', (error) => {
    if (env.LOG_LEVEL === 'debug') console.warn('[next-cache] Redis error:', error?.message ?? error);
  });
  const connecting = client.connect();
  if (!wait) {
    connecting.catch(() => {});
    return { client, handler: createRedisHandler({ client, keyPrefix: redisKeyPrefix(env), timeoutMs: 1_000, keyExpirationStrategy: 'EXAT' }) };
  }
  // The worker waits for a connection, but not for ever.
  let timer;
  try {
    await Promise.race([
      connecting,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`Redis at ${new URL(url).host} did not answer within 3 s`)), 3_000);
      }),
    ]);
  } catch (error) {
    client.destroy();
    throw error;
  } finally {
    clearTimeout(timer);
  }
  const handler = createRedisHandler({ client, keyPrefix: redisKeyPrefix(env), timeoutMs: 1_000, keyExpirationStrategy: 'EXAT' });
  return { client, handler };
}
