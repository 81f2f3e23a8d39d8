/** The two raw-SQL methods of a Prisma client (and of its transaction client). */
export interface RawSql {
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
}

/** What `rawSqlOf` needs of `pg`: a pool, a checked-out connection, or a wrapper of either. */
export interface Queryable {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[]; rowCount: number | null }>;
}

/**
 * A `pg` pool or connection seen through the two raw-SQL methods of a Prisma client, so
 * code written for a Prisma transaction (the outbox, an advisory lock) runs on it
 * unchanged — for a bulk command's own connection, a transaction of `PoolTransactions`, or
 * a hot path of single statements on the service's pool (`DATABASE_POOL`) where Prisma's
 * raw-query layers cost more CPU than the query. Rows are pg's: uuid and text as strings,
 * int4 as numbers, timestamptz as Dates, jsonb parsed — as Prisma's for those types;
 * bigint and numeric come as strings (cast them).
 */
export function rawSqlOf(queryable: Queryable): RawSql {
  return {
    async $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number> {
      return (await queryable.query(query, values)).rowCount ?? 0;
    },
    async $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T> {
      return (await queryable.query(query, values)).rows as T;
    },
  };
}

/**
 * `rawSqlOf(queryable)` for the connection of a transaction that may end under its user's
 * feet (a timeout): once `refusal()` answers an error, every statement is refused with it.
 * After its end the connection may already serve someone else: a late statement would run
 * outside the transaction, or inside another's.
 */
export function refusedOnceEnded(queryable: Queryable, refusal: () => Error | undefined): RawSql {
  return rawSqlOf({
    query: (text, values) => {
      const refused = refusal();
      return refused ? Promise.reject(refused) : queryable.query(text, values);
    },
  });
}
