import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@scn-prisma/notifications';
import { PoolTransactions, resilientPool, type RawSql } from '@scn/platform';
import { createTestDatabase, type TestDatabase } from '@scn/testing';
import type { Pool } from 'pg';

/** Something that runs raw SQL in a transaction: Prisma's client or `PoolTransactions`. */
export interface RawSqlTransactions {
  $transaction<R>(fn: (tx: RawSql) => Promise<R>): Promise<R>;
}

/**
 * A notifications database of a test's own, with the two kinds of transaction the service
 * runs raw SQL in (issue #16): Prisma's interactive ones, and those on the `pg` pool
 * (`sqlOnly` event handlers) — on one pool, as in the service. For tests of code that must
 * do the same in both: `describe.each(BothTransactions.KINDS)`.
 */
export class BothTransactions {
  /** `describe.each` rows: the kind's name, and its transactions from the fixture. */
  static readonly KINDS: Array<[string, (fixture: BothTransactions) => RawSqlTransactions]> = [
    ["Prisma's transaction", (fixture) => fixture.db],
    ['a transaction on the pg pool', (fixture) => fixture.sqlDb],
  ];

  private constructor(
    readonly database: TestDatabase,
    readonly pool: Pool,
    readonly db: PrismaClient,
    readonly sqlDb: PoolTransactions,
  ) {}

  static async create(): Promise<BothTransactions> {
    const database = await createTestDatabase('notifications');
    const pool = resilientPool({ connectionString: database.url, max: 4 });
    return new BothTransactions(database, pool, new PrismaClient({ adapter: new PrismaPg(pool) }), new PoolTransactions(pool));
  }

  async dispose(): Promise<void> {
    await this.db.$disconnect();
    await this.pool.end();
    await this.database.drop();
  }
}
