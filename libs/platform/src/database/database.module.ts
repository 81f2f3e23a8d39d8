import { Global, Inject, Injectable, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import type { Pool } from 'pg';
import { ReadinessService } from '../health/readiness.service';
import { CONFIG } from '../platform.module';
import { withAfterCommit } from './after-commit';
import { DirectSqlPrismaPg } from './direct-sql';
import { BULK_SQL, BulkSql } from './bulk-sql';
import { resilientPool } from './resilient-pool';

/** Injection token of the service's Prisma client. */
export const DATABASE = Symbol('DATABASE');

/**
 * Injection token of the `pg` pool under the Prisma client: for a hot path of single
 * statements whose SQL is written out (the public directory's reads, the notifications
 * worker's loads and outcomes), where Prisma's raw-query layers cost more CPU than the
 * query. Same connections as the client, so no pool of its own. Transactions stay on the
 * client (its after-commit hooks wake the outbox relay).
 */
export const DATABASE_POOL = Symbol('DATABASE_POOL');

interface PrismaClientLike {
  $queryRawUnsafe(query: string): Promise<unknown>;
  $transaction(...args: never[]): Promise<unknown>;
  $disconnect(): Promise<void>;
}

type PrismaClientClass = new (options: { adapter: DirectSqlPrismaPg; transactionOptions?: { maxWait?: number } }) => PrismaClientLike;

interface DatabaseConfig {
  DATABASE_URL: string;
  DATABASE_POOL_SIZE?: number;
  DATABASE_TX_MAX_WAIT_MS?: number;
}

/**
 * How long a burst of transactions waits its turn for a connection, instead of failing
 * after Prisma's default 2 s.
 */
function maxWaitOf(config: DatabaseConfig): number {
  return config.DATABASE_TX_MAX_WAIT_MS ?? 10_000;
}

@Injectable()
class DatabaseLifecycle implements OnApplicationShutdown {
  constructor(@Inject(DATABASE) private readonly client: PrismaClientLike) {}

  // After the transports have stopped (Nest closes them before this hook): no
  // in-flight handler loses its connection.
  async onApplicationShutdown(): Promise<void> {
    await this.client.$disconnect();
  }
}

/**
 * The service's own PostgreSQL database through its generated Prisma client (JS engine),
 * wrapped by `withAfterCommit`, and `BulkSql` beside it.
 */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(clientClass: PrismaClientClass): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        {
          provide: DATABASE_POOL,
          inject: [CONFIG],
          useFactory: (config: DatabaseConfig) =>
            resilientPool({
              connectionString: config.DATABASE_URL,
              application_name: 'scn-service',
              max: config.DATABASE_POOL_SIZE ?? 10,
              // Prisma checks maxWait only once the pool has answered: bounded here too.
              connectionTimeoutMillis: maxWaitOf(config),
            }),
        },
        {
          provide: DATABASE,
          inject: [CONFIG, ReadinessService, DATABASE_POOL],
          useFactory: (config: DatabaseConfig, readiness: ReadinessService, pool: Pool) => {
            const client = new clientClass({
              // The client ends the pool when it disconnects (at shutdown, after the transports).
              // Its transactions' connections are reachable by `directSqlOf` (the outbox's insert).
              adapter: new DirectSqlPrismaPg(pool, { disposeExternalPool: true }),
              transactionOptions: { maxWait: maxWaitOf(config) },
            });
            readiness.register('database', async () => {
              await client.$queryRawUnsafe('SELECT 1');
              return { status: 'up' };
            });
            // Its interactive transactions run their after-commit hooks (the outbox's wake-up of the relay).
            return withAfterCommit(client);
          },
        },
        DatabaseLifecycle,
        { provide: BULK_SQL, inject: [CONFIG], useFactory: (config: { DATABASE_URL: string }) => new BulkSql(config.DATABASE_URL) },
      ],
      exports: [DATABASE, DATABASE_POOL, BULK_SQL],
    };
  }
}
