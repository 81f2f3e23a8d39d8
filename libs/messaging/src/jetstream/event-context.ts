import { BaseRpcContext } from '@nestjs/microservices';
import type { EventEnvelope } from '@scn/contracts';
import { runInMessageContext, type MessageContext } from '@scn/platform';
import type { SqlExecutor } from '../sql-client';

export interface DeliveryInfo {
  stream: string;
  streamSequence: number;
  deliveryCount: number;
}

/**
 * Where the handler's transaction runs: Prisma's interactive transaction (`prisma`), or a
 * transaction on the `pg` pool (`sql`), which a handler declared `sqlOnly` gets first.
 */
export type HandlerTransaction = 'prisma' | 'sql';

/**
 * Thrown by `EventContext.prismaTx()` in a `pg` transaction: the processor rolls that
 * transaction back and handles its events again in a Prisma one. Never a failure of the
 * event: it is not retried later, counted or dead-lettered for it.
 */
export class PrismaTransactionNeeded extends Error {
  override readonly name = 'PrismaTransactionNeeded';
  constructor(eventType: string) {
    super(`the handler of ${eventType} asked for a Prisma transaction`);
  }
}

/**
 * What an event handler gets beside the event: the transaction its effects must use (the
 * inbox record commits with them) and where the message came from. `Tx` is the service's
 * own transaction client, named where the handler takes the context
 * (`@Ctx() context: EventContext<Prisma.TransactionClient>`): the processor opens the
 * transaction on that service's Prisma client, so no cast is needed. A handler declared
 * `sqlOnly` takes `EventContext<RawSql>` and, when an event needs Prisma's models after all,
 * calls `prismaTx()`.
 */
export class EventContext<Tx extends SqlExecutor = SqlExecutor> extends BaseRpcContext<
  [Tx, EventEnvelope, DeliveryInfo, HandlerTransaction?]
> {
  get tx(): Tx {
    return this.args[0];
  }
  get envelope(): EventEnvelope {
    return this.args[1];
  }
  get delivery(): DeliveryInfo {
    return this.args[2];
  }
  /** Where `tx` runs (`prisma` unless said otherwise). */
  get transaction(): HandlerTransaction {
    return this.args[3] ?? 'prisma';
  }

  /**
   * The transaction as the service's Prisma transaction client `P`, for the rare event a
   * `sqlOnly` handler cannot take in raw SQL (say a partnership's status change with
   * exchange programs under it, which their domain model applies). In a `pg` transaction it
   * throws `PrismaTransactionNeeded` instead: the processor then rolls the transaction back
   * and handles the event's whole batch again, in order, in a Prisma transaction, where
   * this returns it. Whatever the handler did before is rolled back, so a handler may call
   * it at any point; it must not catch the error.
   */
  prismaTx<P extends SqlExecutor>(): P {
    if (this.transaction === 'sql') throw new PrismaTransactionNeeded(this.envelope.type);
    return this.args[0] as unknown as P;
  }
}

/**
 * What a batch handler (`@OnEvents(types, { batches: true })`) gets beside its events: the
 * transaction they share with their inbox records, where each came from, and each one's
 * message context. The handler runs in no event's context: `inContextOf(i, work)` runs
 * `work` in the i-th event's (the correlation and causation of what it records, its logs).
 */
export class EventBatchContext<Tx extends SqlExecutor = SqlExecutor> extends BaseRpcContext<
  [Tx, readonly EventEnvelope[], readonly DeliveryInfo[], HandlerTransaction, readonly MessageContext[]]
> {
  get tx(): Tx {
    return this.args[0];
  }
  get envelopes(): readonly EventEnvelope[] {
    return this.args[1];
  }
  /** Where each event came from, in the order of `envelopes`. */
  get deliveries(): readonly DeliveryInfo[] {
    return this.args[2];
  }
  get transaction(): HandlerTransaction {
    return this.args[3];
  }

  /** Runs `work` in the message context of the batch's event at `index`. */
  inContextOf<R>(index: number, work: () => R): R {
    const context = this.args[4][index];
    if (!context) throw new RangeError(`no event ${index} in a batch of ${this.args[4].length}`);
    return runInMessageContext(context, work);
  }

  /** As `EventContext.prismaTx()`: in a `pg` transaction it throws, and the batch is handled again in a Prisma one. */
  prismaTx<P extends SqlExecutor>(): P {
    if (this.transaction === 'sql') throw new PrismaTransactionNeeded(this.envelopes[0]?.type ?? 'a batch');
    return this.args[0] as unknown as P;
  }
}
