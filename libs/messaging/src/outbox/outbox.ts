import {
  createEvent,
  eventSubject,
  type CatalogueEventData,
  type CatalogueEventType,
  type EventCatalogue,
  type EventEnvelope,
} from '@scn/contracts';
import { currentMessageContext } from '@scn/platform';
import { v7 as uuidv7 } from 'uuid';
import type { SqlExecutor } from '../sql-client';
import { childTraceparent } from '../tracing/trace-context';
import { OUTBOX_CHANNEL } from './outbox-schema';

/**
 * Writes domain events into the service's outbox table, in the caller's transaction: the
 * event exists if and only if the state change it describes was committed.
 */
export class Outbox<C extends EventCatalogue = EventCatalogue> {
  constructor(
    private readonly namespace: string,
    private readonly catalogue: C,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Adds an event about aggregate `subject`; correlation and causation come from the current context. */
  async add<T extends CatalogueEventType<C>>(
    tx: SqlExecutor,
    type: T,
    subject: string,
    data: CatalogueEventData<C, T>,
  ): Promise<EventEnvelope<T, CatalogueEventData<C, T>>> {
    const context = currentMessageContext();
    const event = createEvent(
      this.catalogue,
      type,
      subject,
      data,
      { correlationId: context?.correlationId ?? uuidv7(), causationId: context?.causationId ?? null },
      this.clock(),
    );
    // NOTIFY is transactional: the relay is woken when (and only if) the row commits.
    await tx.$queryRawUnsafe(
      `WITH inserted AS (
         INSERT INTO outbox_events (id, type, aggregate, nats_subject, payload, traceparent)
         VALUES ($1::uuid, $2, $3, $4, $5::jsonb, $6)
         RETURNING 1
       )
       SELECT count(*)::int AS notified FROM (SELECT pg_notify('${OUTBOX_CHANNEL}', '') FROM inserted) AS notify`,
      event.id,
      event.type,
      event.subject,
      eventSubject(this.namespace, this.catalogue, event.type),
      JSON.stringify(event),
      childTraceparent(context?.traceparent),
    );
    return event;
  }
}
