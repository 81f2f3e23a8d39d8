import { AsyncLocalStorage } from 'node:async_hooks';
import { PrismaPg } from '@prisma/adapter-pg';
import { refusedOnceEnded, type Queryable, type RawSql } from './raw-sql';

/**
 * Raw SQL straight on the `pg` connection of a Prisma interactive transaction, past Prisma's
 * layers: `directSqlOf(tx)`.
 *
 * Why: through Prisma (6.19, the JS engine) every raw statement is compiled by its query
 * compiler (WebAssembly, no plan cache before Prisma 7.4) and passed through its request
 * and transaction layers: ~0.2 ms of CPU for an INSERT that PostgreSQL runs in a fraction of
 * that. The outbox's insert is in every command that records an event (issue #16), so it
 * goes on the transaction's own connection instead — same transaction, same atomicity.
 *
 * How: a client wrapped by `withAfterCommit` runs each interactive transaction in a scope
 * (an AsyncLocalStorage store); the adapter, when made by `DirectSqlPrismaPg`, hands the
 * transaction it starts (and its connection) to that scope; the scope is tied to the `tx`
 * the callback receives. The connection is used only while the transaction is open: from
 * the moment Prisma sends COMMIT or ROLLBACK (a timeout's included) a direct statement is
 * refused, never run outside the transaction or in the next user's of that connection.
 *
 * Anything else (a client not built so, a batch transaction, PoolTransactions' tx, which is
 * `pg` already) has no direct path: `directSqlOf` answers undefined and the caller uses `tx`.
 */

/** A direct statement sent after its transaction ended (committed, rolled back or timed out). */
export class TransactionClosedError extends Error {
  override readonly name = 'TransactionClosedError';
}

/** The part of a driver adapter's transaction the scope needs (`@prisma/driver-adapter-utils`'s `Transaction`). */
interface AdapterTransaction {
  executeRaw(query: { sql: string }): Promise<number>;
  commit(): Promise<void>;
  rollback(): Promise<void>;
}

interface AdapterLike {
  startTransaction(isolationLevel?: string): Promise<AdapterTransaction>;
}

/** One interactive transaction of a wrapped client: its connection, while it is open. */
export class TransactionScope {
  private connection?: Queryable;
  /** How the transaction ended (for the refusal's message); undefined while it is open. */
  private ended?: string;
  private direct?: RawSql;

  /** Called by the adapter with the transaction it started in this scope. */
  attach(transaction: AdapterTransaction): void {
    // The first transaction started in the scope is its own; anything later is not ours.
    if (this.connection) return;
    const connection = connectionOf(transaction);
    // Without a connection, or without the calls that end the transaction to watch, no direct path.
    if (!connection || !endsAreWatchable(transaction)) return;
    this.connection = connection;
    const close = (how: string) => {
      this.ended ??= how;
    };
    // Closed from the moment COMMIT or ROLLBACK is sent: a direct statement queued after it
    // would run outside the transaction.
    const executeRaw = transaction.executeRaw.bind(transaction);
    transaction.executeRaw = (query) => {
      const end = /^\s*(COMMIT|ROLLBACK)\b/i.exec(query.sql)?.[1]?.toUpperCase();
      if (end === 'COMMIT' || end === 'ROLLBACK') close(END_OF[end]);
      return executeRaw(query);
    };
    for (const [end, statement] of [['commit', 'COMMIT'], ['rollback', 'ROLLBACK']] as const) {
      const original = transaction[end].bind(transaction);
      transaction[end] = () => {
        close(END_OF[statement]);
        return original();
      };
    }
  }

  /** The raw-SQL view of the connection; undefined when no transaction was attached. */
  sql(): RawSql | undefined {
    const connection = this.connection;
    if (!connection) return undefined;
    this.direct ??= refusedOnceEnded(connection, () =>
      this.ended === undefined ? undefined : new TransactionClosedError(`statement refused: the transaction was already ${this.ended}`),
    );
    return this.direct;
  }
}

const END_OF = {
  COMMIT: 'committed',
  ROLLBACK: 'rolled back (its work failed or outlived its timeout)',
} as const;

const scopes = new AsyncLocalStorage<TransactionScope>();
const scopeOfTx = new WeakMap<object, TransactionScope>();

/** Runs `start` (a client's `$transaction` call) in a fresh scope; `bind` ties it to the callback's `tx`. */
export function inTransactionScope<R>(start: (bind: (tx: object) => void) => Promise<R>): Promise<R> {
  const scope = new TransactionScope();
  return scopes.run(scope, () => start((tx) => scopeOfTx.set(tx, scope)));
}

/**
 * The `pg` connection of `tx`, an open Prisma interactive transaction of a client wrapped by
 * `withAfterCommit` over a `DirectSqlPrismaPg` adapter, as raw SQL; undefined otherwise.
 */
export function directSqlOf(tx: object): RawSql | undefined {
  return scopeOfTx.get(tx)?.sql();
}

/**
 * `PrismaPg` whose interactive transactions are reachable by `directSqlOf`: each one it
 * starts is handed to the scope it was started in.
 */
export class DirectSqlPrismaPg extends PrismaPg {
  override async connect(): ReturnType<PrismaPg['connect']> {
    const adapter = await super.connect();
    const withStart = adapter as unknown as AdapterLike;
    const start = withStart.startTransaction.bind(adapter);
    withStart.startTransaction = async (isolationLevel) => {
      const transaction = await start(isolationLevel);
      scopes.getStore()?.attach(transaction);
      return transaction;
    };
    return adapter;
  }
}

function endsAreWatchable(transaction: AdapterTransaction): boolean {
  return (['executeRaw', 'commit', 'rollback'] as const).every((method) => typeof transaction[method] === 'function');
}

/**
 * The transaction's `pg` connection: `@prisma/adapter-pg` keeps it as `client` (protected).
 * Checked for what is used of it, so a change of that internal leaves the Prisma path.
 */
function connectionOf(transaction: AdapterTransaction): Queryable | undefined {
  const client: unknown = (transaction as unknown as { client?: unknown }).client;
  if (typeof client !== 'object' || client === null) return undefined;
  const query: unknown = (client as { query?: unknown }).query;
  if (typeof query !== 'function') return undefined;
  return { query: (text, values) => (query as Queryable['query']).call(client, text, values) };
}
