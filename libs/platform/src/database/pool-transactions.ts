import type { Pool, PoolClient } from 'pg';
import { trackAfterCommit } from './after-commit';
import { withPooledClient } from './pooled-client';
import { rawSqlOf, refusedOnceEnded, type RawSql } from './raw-sql';

export class TransactionTimeoutError extends Error {
  override readonly name = 'TransactionTimeoutError';
}

/**
 * Interactive transactions on a `pg` pool (the one under the service's Prisma client,
 * `DATABASE_POOL`), with the shape of a Prisma client's `$transaction` and raw-SQL methods,
 * for work that is raw SQL only: an event handler declared `@OnEvent(type, { sqlOnly: true })`.
 *
 * Why: through Prisma's interactive transactions each statement costs more CPU than
 * PostgreSQL spends on it (issue #16: 47 % of a consumer's CPU was Prisma's, for a SAVEPOINT
 * and one INSERT per event). Here a statement is one `pg` round trip, BEGIN and the
 * statement timeout one more.
 *
 * As Prisma's: committed when `fn` resolves, rolled back when it throws or outlives
 * `timeout` (then every later statement of `fn` is refused, never run outside the
 * transaction, and PostgreSQL cancels a statement running past it). `afterCommit` hooks
 * registered on the transaction run once it has committed, as a `withAfterCommit` client's.
 * The wait for a connection is the pool's `connectionTimeoutMillis` (`maxWait` is not used).
 */
export class PoolTransactions implements RawSql {
  private readonly outside: RawSql;

  constructor(
    private readonly pool: Pool,
    private readonly defaultTimeoutMs = 5_000,
  ) {
    this.outside = rawSqlOf(pool);
  }

  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number> {
    return this.outside.$executeRawUnsafe(query, ...values);
  }

  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T> {
    return this.outside.$queryRawUnsafe<T>(query, ...values);
  }

  $transaction<R>(fn: (tx: RawSql) => Promise<R>, options: { timeout?: number; maxWait?: number } = {}): Promise<R> {
    const timeoutMs = Math.max(1, Math.trunc(options.timeout ?? this.defaultTimeoutMs));
    return withPooledClient(this.pool, async (client, markBroken) => {
      const transaction = openTransaction(client);
      const { tx } = transaction;
      const committed = trackAfterCommit(tx);
      try {
        // One round trip; the timeout is an integer we made, so inlining it is safe.
        await client.query(`BEGIN; SET LOCAL statement_timeout = ${timeoutMs}`);
        const result = await withinTimeout(fn(tx), timeoutMs, transaction.close);
        transaction.close();
        await client.query('COMMIT');
        committed();
        return result;
      } catch (error) {
        transaction.close();
        await client.query('ROLLBACK').catch(markBroken);
        throw error;
      }
    });
  }
}

/** The transaction's connection for as long as it is open: refused after its end (a timeout), see `refusedOnceEnded`. */
function openTransaction(client: PoolClient): { tx: RawSql; close: () => void } {
  let open = true;
  const tx = refusedOnceEnded(client, () =>
    open ? undefined : new TransactionTimeoutError('the transaction has ended (timed out or rolled back); statement refused'),
  );
  return { tx, close: () => (open = false) };
}

function withinTimeout<R>(work: Promise<R>, timeoutMs: number, onTimeout: () => void): Promise<R> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(new TransactionTimeoutError(`transaction timed out after ${timeoutMs} ms`));
    }, timeoutMs);
  });
  // The work's own failure after a timeout is not news: the transaction was rolled back.
  work.catch(() => undefined);
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}
