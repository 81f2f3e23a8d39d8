import type { Redis } from 'ioredis';

/** `used_memory` of the whole Redis (shared with whatever else runs: a noisy figure). */
export async function usedMemory(redis: Redis): Promise<number> {
  const info = await redis.info('memory');
  const match = /^used_memory:(\d+)/m.exec(info);
  if (!match) throw new Error('INFO memory has no used_memory');
  return Number(match[1]);
}

/** Every key matching `pattern` (SCAN, never KEYS). */
export async function scanKeys(redis: Redis, pattern: string): Promise<string[]> {
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, batch] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1_000);
    cursor = next;
    keys.push(...batch);
  } while (cursor !== '0');
  return keys;
}

/** Deletes every key matching `pattern` (UNLINK in batches); returns how many. */
export async function deleteKeys(redis: Redis, pattern: string): Promise<number> {
  const keys = await scanKeys(redis, pattern);
  let deleted = 0;
  for (let i = 0; i < keys.length; i += 1_000) deleted += await redis.unlink(...keys.slice(i, i + 1_000));
  return deleted;
}

/** What a queue's keys hold in Redis, measured key by key (independent of other tenants). */
export interface QueueFootprint {
  keys: number;
  /** Sum of MEMORY USAGE (SAMPLES 0: exact) over every key of the queue. */
  totalBytes: number;
  /** The sorted set of delayed jobs alone. */
  delayedSetBytes: number;
  /** Mean MEMORY USAGE of a random sample of job hashes. */
  sampledJobBytes: number;
  sampleSize: number;
}

/**
 * The footprint of one BullMQ queue: `queuePrefix` is `<prefix>:<queue name>`. Jobs are
 * sampled from the delayed set (ZRANDMEMBER).
 */
export async function queueFootprint(redis: Redis, queuePrefix: string, sampleSize: number): Promise<QueueFootprint> {
  const keys = await scanKeys(redis, `${queuePrefix}:*`);
  let totalBytes = 0;
  for (let i = 0; i < keys.length; i += 1_000) {
    const pipeline = redis.pipeline();
    for (const key of keys.slice(i, i + 1_000)) pipeline.memory('USAGE', key, 'SAMPLES', 0);
    for (const [error, bytes] of (await pipeline.exec()) ?? []) if (!error && typeof bytes === 'number') totalBytes += bytes;
  }
  const delayedKey = `${queuePrefix}:delayed`;
  const delayedSetBytes = Number((await redis.memory('USAGE', delayedKey, 'SAMPLES', 0)) ?? 0);
  const sample = (await redis.zrandmember(delayedKey, sampleSize)) as string[];
  let sampled = 0;
  if (sample.length) {
    const pipeline = redis.pipeline();
    for (const jobId of sample) pipeline.memory('USAGE', `${queuePrefix}:${jobId}`, 'SAMPLES', 0);
    for (const [, bytes] of (await pipeline.exec()) ?? []) sampled += Number(bytes ?? 0);
  }
  return { keys: keys.length, totalBytes, delayedSetBytes, sampledJobBytes: sample.length ? sampled / sample.length : NaN, sampleSize: sample.length };
}
