import { Pool, type PoolConfig } from 'pg';

/**
 * A `pg` pool whose connections never end the process when the server drops them.
 *
 * A connection PostgreSQL ends (a failover, `pg_terminate_backend`, a restart) emits
 * `error` on its client. The pool listens while the client is idle — it drops it and
 * emits `error` on itself, heard here by `onIdleError` — but not while the client is
 * checked out: a holder that is between two queries and does not listen (Prisma's adapter
 * on a fresh connection, found by the fault suite) leaves the event unheard, and Node
 * ends the process. So every client listens for as long as it lives; its holder still
 * learns of the failure from its next query, and the pool drops the client on release.
 */
export function resilientPool(config: PoolConfig, onIdleError: (error: Error) => void = () => undefined): Pool {
  const pool = new Pool(config);
  pool.on('error', onIdleError);
  pool.on('connect', (client) => client.on('error', () => undefined));
  return pool;
}
