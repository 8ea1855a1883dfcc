import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { redisTagExpirer } from './expire-tags';
import { connectRedisStore } from './redis-store.mjs';

// Against the Redis service (REDIS_TEST_URL, default redis://127.0.0.1:6379) under a prefix of
// this run's own: what the worker expires is gone for the app instances that share the store.
const url = process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379';
const env = { ...process.env, REDIS_KEY_PREFIX: `portico-test-${randomBytes(4).toString('hex')}:` };

interface Store {
  get(key: string, meta: { implicitTags: string[] }): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

const entry = (tags: string[]) => {
  const now = Math.floor(Date.now() / 1000);
  return {
    lastModified: Date.now(),
    lifespan: { expireAge: 7200, expireAt: now + 7200, lastModifiedAt: now, revalidate: 3600, staleAge: 3600, staleAt: now + 3600 },
    tags,
    value: { kind: 'FETCH', data: { headers: {}, body: 'x', status: 200 }, revalidate: 3600 },
  };
};

describe('redisTagExpirer (the worker expiring cache tags in the shared store)', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  it('removes the entries of an expired tag, and only those, for every reader of the store', async () => {
    const reader = await connectRedisStore(url, env);
    cleanups.push(async () => {
      for await (const keys of reader.client.scanIterator({ MATCH: `${env.REDIS_KEY_PREFIX}*`, COUNT: 100 })) if (keys.length) await reader.client.del(keys);
      await reader.client.close();
    });
    const store = reader.handler as unknown as Store;
    await store.set('board', entry(['jobs']));
    await store.set('job-page', entry(['jobs', 'job:a']));
    await store.set('settings-page', entry(['settings']));
    expect(await store.get('board', { implicitTags: [] })).not.toBeNull();

    // The expirer has a connection of its own, as the worker process does.
    const expirer = await redisTagExpirer(url, env);
    await expirer.expire(['jobs']);
    await expirer.close();

    expect(await store.get('board', { implicitTags: [] })).toBeNull();
    expect(await store.get('job-page', { implicitTags: [] })).toBeNull();
    expect(await store.get('settings-page', { implicitTags: [] })).not.toBeNull();
  });
});
