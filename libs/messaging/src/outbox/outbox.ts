import {
  createEvent,
  eventSubject,
  type CatalogueEventData,
  type CatalogueEventType,
  type EventCatalogue,
  type EventEnvelope,
} from '@scn/contracts';
import { SpanKind, type Attributes } from '@opentelemetry/api';
import { currentMessageContext, NATS_SYSTEM, SPAN_ATTRIBUTES, Tracing } from '@scn/platform';
import { v7 as uuidv7 } from 'uuid';
import type { SqlExecutor } from '../sql-client';
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
    private readonly tracing: Tracing = Tracing.off,
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
    const subjectName = eventSubject(this.namespace, this.catalogue, event.type);
    // The event's creation, in the transaction that commits it: the row keeps this span's
    // traceparent, so the relay's publication (maybe much later) continues the same trace.
    await this.tracing.inSpan(
      `create ${event.type}`,
      {
        kind: SpanKind.PRODUCER,
        parent: context?.traceparent,
        attributes: {
          ...creationAttributes(subjectName),
          [SPAN_ATTRIBUTES.messagingMessageId]: event.id,
          [SPAN_ATTRIBUTES.eventType]: event.type,
          [SPAN_ATTRIBUTES.eventAggregate]: event.subject,
        },
      },
      // NOTIFY is transactional: the relay is woken when (and only if) the row commits.
      ({ traceparent }) => tx.$queryRawUnsafe(
        `WITH inserted AS (
           INSERT INTO outbox_events (id, type, aggregate, nats_subject, payload, traceparent)
           VALUES ($1::uuid, $2, $3, $4, $5::jsonb, $6)
           RETURNING 1
         )
         SELECT count(*)::int AS notified FROM (SELECT pg_notify('${OUTBOX_CHANNEL}', '') FROM inserted) AS notify`,
        event.id,
        event.type,
        event.subject,
        subjectName,
        JSON.stringify(event),
        traceparent,
      ),
    );
    return event;
  }

  /**
   * Adds many events in one statement per 5,000 (a bulk command: a release of a season's
   * decisions, an import), in the order given, so each aggregate's events keep their order;
   * one wake-up for the relay.
   */
  async addMany<T extends CatalogueEventType<C>>(
    tx: SqlExecutor,
    events: ReadonlyArray<{ type: T; subject: string; data: CatalogueEventData<C, T> }>,
  ): Promise<Array<EventEnvelope<T, CatalogueEventData<C, T>>>> {
    const context = currentMessageContext();
    const correlation = { correlationId: context?.correlationId ?? uuidv7(), causationId: context?.causationId ?? null };
    const envelopes = events.map(({ type, subject, data }) => createEvent(this.catalogue, type, subject, data, correlation, this.clock()));
    // One creation span for the whole batch: every row keeps its traceparent.
    await this.tracing.inSpan(
      `create ${envelopes.length} events`,
      {
        kind: SpanKind.PRODUCER,
        parent: context?.traceparent,
        attributes: { ...creationAttributes(undefined), [SPAN_ATTRIBUTES.messagingBatchCount]: envelopes.length },
      },
      ({ traceparent }) => this.insertMany(tx, envelopes, traceparent),
    );
    return envelopes;
  }

  private async insertMany(tx: SqlExecutor, envelopes: readonly EventEnvelope[], traceparent: string): Promise<void> {
    for (let start = 0; start < envelopes.length; start += ADD_MANY_CHUNK) {
      const chunk = envelopes.slice(start, start + ADD_MANY_CHUNK);
      // Arrays, not one parameter per value; WITH ORDINALITY … ORDER BY keeps the given
      // order in the sequence that orders publication.
      await tx.$queryRawUnsafe(
        `WITH inserted AS (
           INSERT INTO outbox_events (id, type, aggregate, nats_subject, payload, traceparent)
           SELECT e.id, e.type, e.aggregate, e.subject, e.payload, $6
             FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::jsonb[]) WITH ORDINALITY AS e(id, type, aggregate, subject, payload, position)
            ORDER BY e.position
           RETURNING 1
         )
         SELECT count(*)::int AS notified FROM (SELECT pg_notify('${OUTBOX_CHANNEL}', '') FROM (SELECT 1 FROM inserted LIMIT 1) AS any_row) AS notify`,
        chunk.map((event) => event.id),
        chunk.map((event) => event.type),
        chunk.map((event) => event.subject),
        chunk.map((event) => eventSubject(this.namespace, this.catalogue, event.type)),
        chunk.map((event) => JSON.stringify(event)),
        traceparent,
      );
    }
  }
}

/** What every outbox write says about itself: a message created now, sent by the relay later. */
function creationAttributes(subject: string | undefined): Attributes {
  return {
    [SPAN_ATTRIBUTES.messagingSystem]: NATS_SYSTEM,
    [SPAN_ATTRIBUTES.messagingOperationType]: 'create',
    [SPAN_ATTRIBUTES.messagingOperationName]: 'create',
    ...(subject ? { [SPAN_ATTRIBUTES.messagingDestination]: subject } : {}),
  };
}

/** Events per statement of `addMany`: well under PostgreSQL's limits, a few megabytes at most. */
const ADD_MANY_CHUNK = 5_000;
