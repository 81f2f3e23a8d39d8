import { EventPattern } from '@nestjs/microservices';
import type { EventType } from '@scn/contracts';

/** Transport id of the JetStream event server, so hybrid apps route handlers to it. */
export const JETSTREAM_TRANSPORT = Symbol('JETSTREAM_TRANSPORT');

/**
 * Marks a method as this service's handler of a domain event. It runs inside the
 * transaction that also records the event in the inbox: use `context.tx` for every write.
 */
export const OnEvent = (type: EventType | (string & {})): MethodDecorator => EventPattern(type, JETSTREAM_TRANSPORT);
