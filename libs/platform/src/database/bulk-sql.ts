import type { OnApplicationShutdown } from '@nestjs/common';
import type { Pool, PoolClient } from 'pg';
import { withPooledClient } from './pooled-client';
import { resilientPool } from './resilient-pool';

/** Injection token of the service's `BulkSql`. */
export const BULK_SQL = Symbol('BULK_SQL');

export type IsolationLevel = 'read committed' | 'repeatable read' | 'serializable';

/**
 * Plain `pg` connections to the service's database, beside its Prisma client, for the few
 * commands that move a whole season or table at once: one statement returning 100,000 rows
 * as arrays, COPY into a table, a transaction longer than Prisma's interactive ones are
 * meant for. Everything else goes through Prisma. A small pool of its own (connections
 * opened on first use), so a bulk command never starves the service's ordinary requests.
 */
export class BulkSql implements OnApplicationShutdown {
  private readonly pool: Pool;

  constructor(databaseUrl: string, maxConnections = 2) {
    this.pool = resilientPool({ connectionString: databaseUrl, max: maxConnections, application_name: 'scn-service-bulk' });
  }

  /** Runs `work` in one transaction on one connection: committed when it resolves, rolled back when it throws. */
  async transaction<T>(work: (client: PoolClient) => Promise<T>, options: { isolation?: IsolationLevel; statementTimeoutMs?: number } = {}): Promise<T> {
    return withPooledClient(this.pool, async (client, markBroken) => {
      try {
        await client.query(`BEGIN ISOLATION LEVEL ${(options.isolation ?? 'read committed').toUpperCase()}`);
        if (options.statementTimeoutMs) await client.query(`SET LOCAL statement_timeout = ${Math.trunc(options.statementTimeoutMs)}`);
        const result = await work(client);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(markBroken);
        throw error;
      }
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }
}
