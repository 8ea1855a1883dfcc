import 'server-only';
import { connectRedisStore } from './redis-store.mjs';

export interface TagExpirer {
  expire: (tags: string[]) => Promise<void>;
  close: () => Promise<void>;
}

/**
 * For the worker: expires cache tags in the store every app instance reads (Redis, see
 * cache-handler.mjs), with no HTTP hop into an app instance. Only with REDIS_URL: without it
 * each instance's cache lives in its own memory and only the instance itself can expire it.
 */
export async function redisTagExpirer(url: string, env: NodeJS.ProcessEnv = process.env): Promise<TagExpirer> {
  const { client, handler } = await connectRedisStore(url, env);
  return {
    async expire(tags) {
      for (const tag of tags) await handler.revalidateTag(tag);
    },
    async close() {
      await client.close();
    },
  };
}
