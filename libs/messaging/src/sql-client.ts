import type { RawSql } from '@scn/platform';

/**
 * The slice of a Prisma client (or of its transaction client) the messaging library needs.
 * Every service has its own generated Prisma client; they all fit this shape, as does a
 * `pg` pool or connection through `rawSqlOf` (`@scn/platform`).
 */
export type SqlExecutor = RawSql;

export interface TransactionOptions {
  maxWait?: number;
  timeout?: number;
}

/** A Prisma client: runs raw SQL and interactive transactions. */
export interface TransactionalClient<Tx extends SqlExecutor = SqlExecutor> extends SqlExecutor {
  $transaction<R>(fn: (tx: Tx) => Promise<R>, options?: TransactionOptions): Promise<R>;
}
