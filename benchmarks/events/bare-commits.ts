import { Pool } from 'pg';
import { now, paced, summarize, withWorkers, type LatencySummary } from './measure';

export interface CommitsResult {
  commits: number;
  elapsedMs: number;
  commitsPerSecond: number;
}

/**
 * (C) The database's own floor under A's burst: `writers` connections, each committing one
 * `INSERT` of a row the size of A's envelope at a time (one statement, one round trip, one
 * commit: no BEGIN, no outbox, no relay, no consumer). A's burst writes one business
 * transaction per event, so no outbox on this PostgreSQL can move events faster than this
 * one way of committing them; A's burst against it says what the rest of the path costs.
 * Its table lives in A's database and is dropped at the end.
 */
export async function bareCommits(databaseUrl: string, n: number, writers: number, payloadBytes: number): Promise<CommitsResult> {
  const pool = new Pool({ connectionString: databaseUrl, max: writers, application_name: 'bench-bare-commits' });
  const payload = JSON.stringify({ pad: 'x'.repeat(Math.max(0, payloadBytes - 10)) });
  try {
    await pool.query('CREATE TABLE bare_commits (id bigint PRIMARY KEY, payload jsonb NOT NULL)');
    // Every connection open before the clock starts, as A's pool is after its warm-up.
    await withWorkers(writers * 4, writers, (i) => pool.query('INSERT INTO bare_commits (id, payload) VALUES ($1, $2)', [-1 - i, payload]));
    const start = now();
    await withWorkers(n, writers, (i) => pool.query('INSERT INTO bare_commits (id, payload) VALUES ($1, $2)', [i, payload]));
    const elapsedMs = now() - start;
    return { commits: n, elapsedMs, commitsPerSecond: (n * 1_000) / elapsedMs };
  } finally {
    await pool.query('DROP TABLE IF EXISTS bare_commits').catch(() => undefined);
    await pool.end();
  }
}

/**
 * (C, paced) The database's floor under A's latency: one `INSERT` of an envelope-sized row
 * committed per event, open loop at `rate` per second for `seconds` (as A's paced runs send),
 * on a pool of `writers` connections; each commit's time from its send to its answer. A's
 * path commits twice in series per event — the business transaction, then the handler's —
 * with the relay and JetStream between them, so its latency cannot go below two of these.
 */
export async function pacedBareCommits(databaseUrl: string, rate: number, seconds: number, writers: number, payloadBytes: number): Promise<LatencySummary> {
  const pool = new Pool({ connectionString: databaseUrl, max: writers, application_name: 'bench-bare-commits' });
  const payload = JSON.stringify({ pad: 'x'.repeat(Math.max(0, payloadBytes - 10)) });
  const latencies: number[] = [];
  try {
    await pool.query('CREATE TABLE bare_paced_commits (id bigint PRIMARY KEY, payload jsonb NOT NULL)');
    await withWorkers(writers * 4, writers, (i) => pool.query('INSERT INTO bare_paced_commits (id, payload) VALUES ($1, $2)', [-1 - i, payload]));
    const run = await paced(rate, seconds, async (i) => {
      const sent = now();
      await pool.query('INSERT INTO bare_paced_commits (id, payload) VALUES ($1, $2)', [i, payload]);
      latencies.push(now() - sent);
    });
    await Promise.all(run.sends);
    return summarize(latencies);
  } finally {
    await pool.query('DROP TABLE IF EXISTS bare_paced_commits').catch(() => undefined);
    await pool.end();
  }
}
