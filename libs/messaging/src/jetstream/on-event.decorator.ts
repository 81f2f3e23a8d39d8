import { EventPattern } from '@nestjs/microservices';
import type { EventType } from '@scn/contracts';

/** Transport id of the JetStream event server, so hybrid apps route handlers to it. */
export const JETSTREAM_TRANSPORT = Symbol('JETSTREAM_TRANSPORT');

export interface EventHandlerOptions {
  /**
   * The handler's work is raw SQL (`context.tx.$executeRawUnsafe` / `$queryRawUnsafe`,
   * never a Prisma model): its transaction then runs on the service's `pg` pool, without
   * Prisma's interactive-transaction layers — for the hot handlers of a read model that
   * follows a busy stream (issue #16). Its context is `EventContext<RawSql>`. An event it
   * cannot take in SQL (rare: say one that changes rows a domain model owns) calls
   * `context.prismaTx()`, and its batch is handled again in a Prisma transaction.
   */
  sqlOnly?: boolean;
}

/**
 * Marks a method as this service's handler of a domain event. It runs inside the
 * transaction that also records the event in the inbox: use `context.tx` for every write.
 */
export const OnEvent = (type: EventType | (string & {}), options: EventHandlerOptions = {}): MethodDecorator =>
  EventPattern(type, JETSTREAM_TRANSPORT, { ...options });

/**
 * Marks a method as this service's handler of each of several event types (say every
 * `partnership.*` event a read model follows), when one method treats them alike. A
 * service still has one handler per event type.
 */
export const OnEvents = (types: ReadonlyArray<EventType | (string & {})>, options: EventHandlerOptions = {}): MethodDecorator =>
  EventPattern([...types], JETSTREAM_TRANSPORT, { ...options });
