// Types for redis-store.mjs (plain JavaScript, loaded by Next at run time; see that file).
import type { RedisClientType } from '@redis/client';

export interface RedisStoreHandler {
  revalidateTag(tag: string): Promise<void>;
}

export function redisKeyPrefix(env?: NodeJS.ProcessEnv): string;
export function connectRedisStore(url: string, env?: NodeJS.ProcessEnv, options?: { wait?: boolean }): Promise<{ client: RedisClientType; handler: RedisStoreHandler }>;
