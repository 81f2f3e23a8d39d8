import type { Pool, PoolClient } from "pg";

/**
 * Runs `work` on a client checked out of a `pg` pool, and gives it back.
 *
 * While a client is checked out the pool no longer listens for its errors, and a connection
 * the server ends between two queries (a failover, `pg_terminate_backend`, a restart) emits
 * an `error` event nobody handles: Node then ends the whole process. Here the error is
 * caught for as long as the client is out, and a client that broke — or that `work`
 * declares broken (`markBroken`: a ROLLBACK that failed) — is destroyed, not pooled again.
 */
export async function withPooledClient<T>(
  pool: Pool,
  work: (client: PoolClient, markBroken: () => void) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  let broken = false;
  const onError = () => {
    broken = true;
  };
  client.on("error", onError);
  try {
    return await work(client, () => (broken = true));
  } finally {
    client.removeListener("error", onError);
    client.release(broken);
  }
}
