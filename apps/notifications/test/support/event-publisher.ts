import { createEvent, domainEvents, eventSubject, HEADERS, type DomainEvent, type EventData, type EventType } from '@scn/contracts';
import { headers as natsHeaders, type NatsConnection } from 'nats';
import { v7 as uuidv7 } from 'uuid';

/**
 * Publishes domain events into a namespace's JetStream streams as the other services' outbox
 * relays do (same subject, headers and de-duplication id), standing in for those services.
 */
export class EventPublisher {
  constructor(
    private readonly nc: NatsConnection,
    private readonly namespace: string,
  ) {}

  /** Publishes a new event; `at` sets its time (default now). */
  async publish<T extends EventType>(type: T, subject: string, data: EventData<T>, at = new Date()): Promise<DomainEvent<T>> {
    const event = createEvent(domainEvents, type, subject, data, { correlationId: uuidv7(), causationId: null }, at) as DomainEvent<T>;
    await this.republish(event);
    return event;
  }

  /**
   * Publishes an event again under another message id, so JetStream's de-duplication lets it
   * through: the consumer sees the same event twice, as after a relay crash.
   */
  async republish(event: DomainEvent, messageId: string = event.id): Promise<void> {
    const h = natsHeaders();
    h.set(HEADERS.eventType, event.type);
    h.set(HEADERS.aggregate, event.subject);
    h.set(HEADERS.correlationId, event.correlationId);
    await this.nc.jetstream().publish(eventSubject(this.namespace, domainEvents, event.type), JSON.stringify(event), { msgID: messageId, headers: h });
  }
}
