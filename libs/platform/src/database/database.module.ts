import { Global, Inject, Injectable, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import { ReadinessService } from '../health/readiness.service';
import { CONFIG } from '../platform.module';
import { withAfterCommit } from './after-commit';
import { BULK_SQL, BulkSql } from './bulk-sql';
import { resilientPool } from './resilient-pool';

/** Injection token of the service's Prisma client. */
export const DATABASE = Symbol('DATABASE');

interface PrismaClientLike {
  $queryRawUnsafe(query: string): Promise<unknown>;
  $transaction(...args: never[]): Promise<unknown>;
  $disconnect(): Promise<void>;
}

type PrismaClientClass = new (options: { adapter: PrismaPg; transactionOptions?: { maxWait?: number } }) => PrismaClientLike;

interface DatabaseConfig {
  DATABASE_URL: string;
  DATABASE_POOL_SIZE?: number;
  DATABASE_TX_MAX_WAIT_MS?: number;
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
          provide: DATABASE,
          inject: [CONFIG, ReadinessService],
          useFactory: (config: DatabaseConfig, readiness: ReadinessService) => {
            // A burst of transactions waits its turn for a connection (up to this long)
            // instead of failing after Prisma's default 2 s.
            const maxWait = config.DATABASE_TX_MAX_WAIT_MS ?? 10_000;
            const pool = resilientPool({
              connectionString: config.DATABASE_URL,
              application_name: 'scn-service',
              max: config.DATABASE_POOL_SIZE ?? 10,
              // Prisma checks maxWait only once the pool has answered: bounded here too.
              connectionTimeoutMillis: maxWait,
            });
            const client = new clientClass({
              adapter: new PrismaPg(pool, { disposeExternalPool: true }),
              transactionOptions: { maxWait },
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
      exports: [DATABASE, BULK_SQL],
    };
  }
}
