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
  /**
   * The handler takes a lane's events at once (`@Payload() events: E[]`,
   * `@Ctx() context: EventBatchContext`): consecutive events of its types in a lane's batch,
   * in stream order, so its lookups and writes can be one statement for all of them (issue
   * #16: a matching release's three events per applicant). Should it throw, its work is
   * rolled back and each event is handled alone, with the handler called with that one
   * event, in the same transaction: only the failing event is retried. So it may be called
   * again for events whose first call was rolled back, and must keep no effect outside
   * the transaction.
   */
  batches?: boolean;
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
