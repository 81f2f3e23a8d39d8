import { Pool, type PoolClient, type PoolConfig } from 'pg';

/**
 * A `pg` pool whose connections never end the process, and never stay checked out, when
 * the server drops them.
 *
 * A connection PostgreSQL ends (a failover, `pg_terminate_backend`, a restart) emits
 * `error` on its client. The pool listens while the client is idle — it drops it and
 * emits `error` on itself, heard here by `onIdleError` — but not while the client is
 * checked out: a holder that is between two queries and does not listen (Prisma's adapter
 * on a fresh connection, found by the fault suite) leaves the event unheard, and Node
 * ends the process. So every client listens for as long as it lives.
 *
 * And a dead client that is checked out goes back to the pool at once (which drops it),
 * whatever its holder does: Prisma 6.19's transaction manager releases a transaction's
 * connection only after its COMMIT or ROLLBACK succeeded, so a transaction whose
 * connection was cut never released it, and after a few such cuts every connection of the
 * pool was held by a dead transaction and the service waited forever for one (the fault
 * suite's "PostgreSQL connections dropped" scenario). The holder still learns of the
 * failure from its next query; its own release, later, does nothing.
 *
 * `connectionTimeoutMillis` (when given) bounds the wait for a connection, so a pool that
 * is exhausted for any other reason fails its callers instead of hanging them.
 */
export function resilientPool(config: PoolConfig, onIdleError: (error: Error) => void = () => undefined): Pool {
  const pool = new Pool(config);
  const checkedOut = new Set<PoolClient>();
  pool.on('error', onIdleError);
  pool.on('acquire', (client) => checkedOut.add(client));
  pool.on('release', (_error, client) => checkedOut.delete(client));
  pool.on('connect', (client) =>
    client.on('error', (error) => {
      // An idle client's error is the pool's (it drops the client itself).
      if (!checkedOut.has(client)) return;
      const release = client.release;
      client.release = () => undefined;
      release(error);
    }),
  );
  return pool;
}
