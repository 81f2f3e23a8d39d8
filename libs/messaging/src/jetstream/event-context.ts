import { BaseRpcContext } from '@nestjs/microservices';
import type { EventEnvelope } from '@scn/contracts';
import type { SqlExecutor } from '../sql-client';

export interface DeliveryInfo {
  stream: string;
  streamSequence: number;
  deliveryCount: number;
}

/**
 * What an event handler gets beside the event: the transaction its effects must use (the
 * inbox record commits with them) and where the message came from. `Tx` is the service's
 * own transaction client, named where the handler takes the context
 * (`@Ctx() context: EventContext<Prisma.TransactionClient>`): the processor opens the
 * transaction on that service's Prisma client, so no cast is needed.
 */
export class EventContext<Tx extends SqlExecutor = SqlExecutor> extends BaseRpcContext<
  [Tx, EventEnvelope, DeliveryInfo]
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
}
