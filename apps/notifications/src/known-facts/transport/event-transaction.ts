import type { Prisma } from '@scn-prisma/notifications';
import type { EventContext } from '@scn/messaging';

/**
 * The event's transaction: the processor opens it on this service's Prisma client (its
 * type is generic in libs/messaging; a typed EventContext there is to replace this cast).
 */
export function txOf(context: EventContext): Prisma.TransactionClient {
  return context.tx as unknown as Prisma.TransactionClient;
}
