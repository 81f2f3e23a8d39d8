import { queuePrefix, type ServiceName } from '@scn/contracts';
import { deleteNamespaceStreams, type TestDatabase } from '@scn/testing';
import { Redis } from 'ioredis';
import { connect } from 'nats';

/**
 * Removes what a platform run in a namespace of its own left behind: its streams (on the
 * servers given, else NATS_URL), its Redis keys (queues and the namespace's own), its
 * databases. The processes must be stopped first.
 */
export async function removePlatformTraces(namespace: string, databases: Map<ServiceName, TestDatabase>, natsServers?: string): Promise<void> {
  const streams = async () => {
    const nc = await connect({ servers: (natsServers ?? process.env['NATS_URL'] ?? 'nats://127.0.0.1:4222').split(',') });
    try {
      await deleteNamespaceStreams(nc, namespace);
    } finally {
      await nc.close();
    }
  };
  // Each kind of trace is removed even when another's removal fails; the first failure is then thrown.
  const outcomes = await Promise.allSettled([streams(), deleteRedisKeys(namespace), ...[...databases.values()].map((database) => database.drop())]);
  const failed = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
  if (failed) throw failed.reason;
}

/** Deletes the namespace's Redis keys: its BullMQ queues and its own keys (what `FLUSH` of its prefix would be). */
export async function deleteRedisKeys(namespace: string): Promise<number> {
  const redis = new Redis(process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379', { lazyConnect: true, maxRetriesPerRequest: 1 });
  let deleted = 0;
  try {
    await redis.connect();
    for (const pattern of [`${queuePrefix(namespace)}*`, `${namespace}:*`]) {
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
        cursor = next;
        if (keys.length) deleted += await redis.unlink(...keys);
      } while (cursor !== '0');
    }
  } finally {
    redis.disconnect();
  }
  return deleted;
}
