import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { closeOnceStarted } from '../src/infra/close-bullmq';

// A queue or worker closed while its shared connection is still starting: BullMQ's own
// close leaves the start to fail with no listener once the shared client goes, which ends
// a process; `closeOnceStarted` waits for the start first.

const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';

describe('closing BullMQ queues and workers on a shared connection', () => {
  const unhandled: unknown[] = [];
  const record = (reason: unknown) => unhandled.push(reason);
  beforeEach(() => {
    unhandled.length = 0;
    process.on('unhandledRejection', record);
  });
  afterEach(() => void process.off('unhandledRejection', record));

  /** A client that has not connected yet (as a service's is while Redis is slow to answer). */
  const notYetConnected = () => new Redis(REDIS_URL, { maxRetriesPerRequest: null, lazyConnect: true });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

  it('leaves no start failing unheard when the shared client goes after the close', async () => {
    const redis = notYetConnected();
    const queue = new Queue('close-test', { connection: redis, prefix: '{close-test}' });
    const worker = new Worker('close-test', async () => undefined, { connection: redis, prefix: '{close-test}', autorun: false });
    await Promise.all([closeOnceStarted(queue), closeOnceStarted(worker)]);
    redis.disconnect();
    await settle();
    expect(unhandled).toEqual([]);
  });

  it('does not wait for ever for a connection that cannot start', async () => {
    // disconnectTimeout: ioredis's disconnect waits up to this long for the last attempt's
    // socket to close, and one refused by a closed port has closed already: the wait (2 s
    // by default) would keep Jest's worker alive past its end ("failed to exit gracefully").
    const redis = new Redis('redis://127.0.0.1:1', { maxRetriesPerRequest: null, lazyConnect: true, retryStrategy: () => 50, disconnectTimeout: 0 });
    redis.on('error', () => undefined);
    const queue = new Queue('close-test', { connection: redis, prefix: '{close-test}' });
    queue.on('error', () => undefined);
    const started = Date.now();
    await closeOnceStarted(queue);
    expect(Date.now() - started).toBeLessThan(5_000);
    redis.disconnect();
  });
});
