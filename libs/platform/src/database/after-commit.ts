import { inTransactionScope } from './direct-sql';

/**
 * Work to do once a transaction has committed — and only then: never on a rollback.
 *
 * A Prisma client wrapped by `withAfterCommit` (the service's client, see `DatabaseModule`)
 * runs, after each interactive transaction (`$transaction(async (tx) => …)`) commits, what
 * was registered on its `tx` with `afterCommit`. The outbox uses it to wake the relay of its
 * own process once its rows are visible, in place of a NOTIFY in the transaction: a
 * transaction that NOTIFYs holds PostgreSQL's global notify lock through its commit (WAL
 * flush included), so every such commit in the database waits for the one before it.
 */
const pending = new WeakMap<object, Array<() => void>>();

/**
 * Registers `fn` to run after `tx` commits. Returns false when `tx` is not the transaction
 * of a wrapped client (or not a transaction at all): nothing will run, the caller must
 * make other arrangements.
 */
export function afterCommit(tx: object, fn: () => void): boolean {
  const hooks = pending.get(tx);
  if (!hooks) return false;
  hooks.push(fn);
  return true;
}

/**
 * Makes `tx` a transaction `afterCommit` registers on; the caller runs the returned
 * function once `tx` has committed (and never when it rolled back).
 */
export function trackAfterCommit(tx: object): () => void {
  const hooks: Array<() => void> = [];
  pending.set(tx, hooks);
  return () => {
    for (const hook of hooks) {
      try {
        hook();
      } catch {
        // A hook is a hint (a wake-up): its failure is not the transaction's, which committed.
      }
    }
  };
}

interface InteractiveTransactions {
  $transaction(...args: never[]): Promise<unknown>;
}

/** The same client, whose interactive transactions run their `afterCommit` hooks once committed. */
export function withAfterCommit<C extends InteractiveTransactions>(client: C): C {
  const original = client.$transaction.bind(client) as (arg: unknown, options?: unknown) => Promise<unknown>;
  const $transaction = async (arg: unknown, options?: unknown) => {
    // A batch ($transaction([...])) has no tx to register on: passed through as it is.
    if (typeof arg !== 'function') return original(arg, options);
    let committed: () => void = () => undefined;
    // In a scope of its own: `directSqlOf(tx)` reaches its connection (see direct-sql.ts).
    const result = await inTransactionScope((bind) =>
      original((tx: object) => {
        committed = trackAfterCommit(tx);
        bind(tx);
        return (arg as (tx: object) => unknown)(tx);
      }, options),
    );
    committed();
    return result;
  };
  return new Proxy(client, {
    get(target, property) {
      if (property === '$transaction') return $transaction;
      const value: unknown = Reflect.get(target, property);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
