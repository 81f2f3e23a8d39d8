import { directSqlOf, type RawSql } from '@scn/platform';

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

/**
 * Where the library's own statements in `tx` go (the outbox's inserts, inbox records,
 * savepoints): straight on its `pg` connection when it is a Prisma interactive transaction
 * of a service's client (`directSqlOf`: ~0.2 ms of CPU less per statement than Prisma's raw
 * query, issue #16), else through `tx` itself. Same transaction either way.
 */
export function onConnectionOf(tx: SqlExecutor): SqlExecutor {
  return directSqlOf(tx) ?? tx;
}
