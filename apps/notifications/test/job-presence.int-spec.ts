import { queuePrefix } from '@scn/contracts';
import { testNamespace, waitFor } from '@scn/testing';
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { jobPresence } from '../src/infra/job-presence';

// Where a job stands for the reconciliations, read of a real BullMQ queue in Redis: a job
// waiting, delayed or running is runnable; a hash without its place in a set or list, or
// without its data, is a remnant; no hash, missing. (Job ids here must not be the names of
// the queue's own keys: a job "delayed" would be the delayed set's key.)

describe('jobPresence', () => {
  const prefix = queuePrefix(testNamespace());
  let redis: Redis;
  let queue: Queue;

  beforeAll(() => {
    redis = new Redis(process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
    queue = new Queue('presence', { connection: redis, prefix });
  });

  afterAll(async () => {
    await queue.obliterate({ force: true });
    await queue.close();
    redis.disconnect();
  });

  it('tells runnable jobs (waiting, delayed, running) from remnants and missing ones', async () => {
    await queue.add('job', { n: 1 }, { jobId: 'job-waiting' });
    await queue.add('job', { n: 2 }, { jobId: 'job-delayed', delay: 60_000 });
    await queue.add('job', { n: 3 }, { jobId: 'job-unplaced', delay: 60_000 });
    await redis.zrem(queue.toKey('delayed'), 'job-unplaced');
    await redis.hset(queue.toKey('job-no-data'), 'processedOn', String(Date.now()));
    expect(await jobPresence(redis, queue, ['job-waiting', 'job-delayed', 'job-unplaced', 'job-no-data', 'job-never'])).toEqual(['runnable', 'runnable', 'remnant', 'remnant', 'missing']);
  });

  it('counts a job a worker is running as runnable', async () => {
    const running = new Queue('presence-running', { connection: redis, prefix });
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const workerConnection = redis.duplicate();
    const worker = new Worker('presence-running', async () => held, { connection: workerConnection, prefix });
    try {
      await running.add('job', { n: 4 }, { jobId: 'job-running' });
      await waitFor('the job running', async () => ((await running.getJobState('job-running')) === 'active' ? true : undefined));
      expect(await jobPresence(redis, running, ['job-running'])).toEqual(['runnable']);
    } finally {
      release();
      await worker.close();
      workerConnection.disconnect();
      await running.obliterate({ force: true });
      await running.close();
    }
  });
});
