import { PoolTransactions, resilientPool, type RawSql } from '@scn/platform';
import type { Pool } from 'pg';
import { createTestDatabase, type TestDatabase } from './test-database';

/** Something that runs raw SQL in a transaction: a service's Prisma client or `PoolTransactions`. */
export interface RawSqlTransactions {
  $transaction<R>(fn: (tx: RawSql) => Promise<R>): Promise<R>;
}

/** What of a project's Prisma client the fixture uses. */
export interface PrismaLike extends RawSqlTransactions {
  $disconnect(): Promise<void>;
}

/**
 * A service's database of a test's own, with the two kinds of transaction a service runs
 * raw SQL in (issue #16): Prisma's interactive ones, and those on the `pg` pool (`sqlOnly`
 * event handlers, and a batch of them) — on one pool, as in the service. For tests of code
 * that must do the same in both: `describe.each(BothTransactions.KINDS)`.
 */
export class BothTransactions<Db extends PrismaLike = PrismaLike> {
  /** `describe.each` rows: the kind's name, and its transactions from the fixture. */
  static readonly KINDS: Array<[string, (fixture: BothTransactions) => RawSqlTransactions]> = [
    ["Prisma's transaction", (fixture) => fixture.db],
    ['a transaction on the pg pool', (fixture) => fixture.sqlDb],
  ];

  private constructor(
    readonly database: TestDatabase,
    readonly pool: Pool,
    readonly db: Db,
    readonly sqlDb: PoolTransactions,
  ) {}

  /** A database cloned from `project`'s template; `clientOn` makes the project's Prisma client on the pool. */
  static async create<Db extends PrismaLike>(project: string, clientOn: (pool: Pool) => Db): Promise<BothTransactions<Db>> {
    const database = await createTestDatabase(project);
    const pool = resilientPool({ connectionString: database.url, max: 4 });
    return new BothTransactions(database, pool, clientOn(pool), new PoolTransactions(pool));
  }

  async dispose(): Promise<void> {
    await this.db.$disconnect();
    await this.pool.end();
    await this.database.drop();
  }
}

/**
 * `tx`, counting the statements sent through it (`$queryRawUnsafe`, `$executeRawUnsafe`):
 * for a test that a batch handler's round trips do not grow with its batch.
 */
export function countingStatements(tx: RawSql): { tx: RawSql; statements: () => number } {
  let statements = 0;
  const proxy = new Proxy(tx, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property);
      if (typeof value !== 'function') return value;
      if (property === '$queryRawUnsafe' || property === '$executeRawUnsafe') statements += 1;
      return (value as (...args: unknown[]) => unknown).bind(target);
    },
  });
  return { tx: proxy, statements: () => statements };
}
