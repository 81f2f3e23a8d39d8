/**
 * The slice of a Prisma client (or of its transaction client) the messaging library needs.
 * Every service has its own generated Prisma client; they all fit this shape.
 */
export interface SqlExecutor {
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
}

export interface TransactionOptions {
  maxWait?: number;
  timeout?: number;
}

/** A Prisma client: runs raw SQL and interactive transactions. */
export interface TransactionalClient<Tx extends SqlExecutor = SqlExecutor> extends SqlExecutor {
  $transaction<R>(fn: (tx: Tx) => Promise<R>, options?: TransactionOptions): Promise<R>;
}

/** The slice of a `pg` pool `poolExecutor` needs. */
interface Queryable {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[]; rowCount: number | null }>;
}

/**
 * A `pg` pool (the one under the service's Prisma client, `DATABASE_POOL`) as a
 * SqlExecutor, for a hot path of single statements where Prisma's raw-query layers cost
 * more CPU than the query (the notifications worker's loads and outcomes, issue #16). Its
 * rows are pg's: uuid and text as strings, int4 as numbers, timestamptz as Dates, jsonb
 * parsed — as Prisma's for those types; bigint and numeric come as strings (cast them).
 */
export function poolExecutor(pool: Queryable): SqlExecutor {
  return {
    $queryRawUnsafe: async <T>(query: string, ...values: unknown[]) => (await pool.query(query, values)).rows as T,
    $executeRawUnsafe: async (query: string, ...values: unknown[]) => (await pool.query(query, values)).rowCount ?? 0,
  };
}
