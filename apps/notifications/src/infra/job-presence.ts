import type { Redis } from 'ioredis';

/** What is read of a BullMQ queue: the keys of its structures and jobs. */
interface QueueKeys {
  toKey(type: string): string;
}

/**
 * Where a job stands for its reconciliation:
 * - `runnable`: its hash holds its data and it sits in a set or list of unfinished jobs;
 * - `remnant`: a hash is left but nothing will run it (not in any of them, or without data;
 *   a failed job is one too): BullMQ refuses a new job of its id while the hash exists;
 * - `missing`: no hash.
 */
export type JobPresence = 'runnable' | 'remnant' | 'missing';

/** Where BullMQ keeps a job it has yet to finish: sorted sets (by score) and lists. */
const WAITING_SETS = ['delayed', 'prioritized', 'waiting-children'] as const;
const WAITING_LISTS = ['wait', 'paused', 'active'] as const;

/**
 * Where each of `jobIds` stands (see `JobPresence`). A hash is not enough to call a job
 * there: when Redis loses keys one by one (a flush is a scan and delete; an operator's DEL),
 * a job's hash can outlive its place in the delayed set or the wait list, and nothing would
 * ever run it. Read in one MULTI, so a job moving on (wait → active) is seen where it is. The
 * lists are read whole, once per call: a call checks a batch of jobs.
 */
export async function jobPresence(redis: Redis, queue: QueueKeys, jobIds: readonly string[]): Promise<JobPresence[]> {
  if (!jobIds.length) return [];
  const multi = redis.multi();
  for (const jobId of jobIds) {
    multi.exists(queue.toKey(jobId));
    multi.hexists(queue.toKey(jobId), 'data');
    for (const set of WAITING_SETS) multi.zscore(queue.toKey(set), jobId);
  }
  for (const list of WAITING_LISTS) multi.lrange(queue.toKey(list), 0, -1);
  const replies = (await multi.exec()) ?? [];
  const failure = replies.find(([error]) => error);
  if (failure) throw failure[0];
  const perJob = 2 + WAITING_SETS.length;
  const listed = new Set(replies.slice(jobIds.length * perJob).flatMap(([, ids]) => ids as string[]));
  return jobIds.map((jobId, i) => {
    const [exists, hasData, ...scores] = replies.slice(i * perJob, (i + 1) * perJob).map(([, value]) => value);
    if (exists !== 1) return 'missing';
    const placed = scores.some((score) => score !== null) || listed.has(jobId);
    return hasData === 1 && placed ? 'runnable' : 'remnant';
  });
}
