import { Client } from 'pg';

/** PostgreSQL's WAL counters (`pg_stat_wal`, server-wide): what a stretch of work wrote to the log and how often it flushed it. */
export interface WalCounters {
  records: number;
  bytes: number;
  /** Flushes of the WAL to disk (fdatasync): what every durable commit waits for, one at a time. */
  syncs: number;
}

/**
 * How long backends may hold their WAL statistics before `pg_stat_wal` shows them: a busy
 * backend reports at most once a second, an idle one after 10 s (PostgreSQL 15's
 * PGSTAT_MIN_INTERVAL and PGSTAT_IDLE_INTERVAL), and A's pools stay connected between stretches.
 */
export const WAL_STATS_SETTLE_MS = 11_000;

/**
 * The counters once every backend has reported (after `WAL_STATS_SETTLE_MS` with nothing
 * else to measure running), or undefined where `pg_stat_wal` is missing (before PostgreSQL
 * 14). Server-wide: read them around a stretch of the benchmark with nothing else running.
 */
export async function settledWalCounters(databaseUrl: string): Promise<WalCounters | undefined> {
  await new Promise((resolve) => setTimeout(resolve, WAL_STATS_SETTLE_MS));
  const client = new Client({ connectionString: databaseUrl, application_name: 'bench-wal-counters' });
  await client.connect();
  try {
    const { rows } = await client.query<{ records: string; bytes: string; syncs: string }>(
      'SELECT wal_records AS records, wal_bytes AS bytes, wal_sync AS syncs FROM pg_stat_wal',
    );
    const row = rows[0];
    return row && { records: Number(row.records), bytes: Number(row.bytes), syncs: Number(row.syncs) };
  } catch {
    return undefined;
  } finally {
    await client.end();
  }
}

/** The counters' growth from `before` to `after`, per unit of work (`per`: events, commits). */
export function walPer(before: WalCounters | undefined, after: WalCounters | undefined, per: number): WalCounters | undefined {
  if (!before || !after || per <= 0) return undefined;
  return {
    records: (after.records - before.records) / per,
    bytes: (after.bytes - before.bytes) / per,
    syncs: (after.syncs - before.syncs) / per,
  };
}

/** "2,051 B, 20.1 records, 1.36 flushes". */
export function describeWal(wal: WalCounters): string {
  return `${Math.round(wal.bytes).toLocaleString('en-US')} B, ${wal.records.toFixed(1)} records, ${wal.syncs.toFixed(2)} flushes`;
}
