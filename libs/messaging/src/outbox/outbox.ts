import {
  createEvent,
  eventSubject,
  type CatalogueEventData,
  type CatalogueEventType,
  type EventCatalogue,
  type EventEnvelope,
} from '@scn/contracts';
import { SpanKind, type Attributes } from '@opentelemetry/api';
import { afterCommit, currentMessageContext, NATS_SYSTEM, SPAN_ATTRIBUTES, Tracing, writeThenNotify } from '@scn/platform';
import { v7 as uuidv7 } from 'uuid';
import { onConnectionOf, type SqlExecutor } from '../sql-client';
import { OUTBOX_CHANNEL } from './outbox-schema';

/** What wakes the outbox relay of this process (`OutboxRelay.wake`). */
export interface RelayWaker {
  wake(): void;
}

/**
 * Writes domain events into the service's outbox table, in the caller's transaction: the
 * event exists if and only if the state change it describes was committed.
 *
 * The relay is told of new rows once they are committed. When this process runs a relay
 * (`attachRelay`) and the transaction comes from a client wrapped by `withAfterCommit` (the
 * service's, from `DatabaseModule`), the relay is woken in-process after the commit; else
 * the insert NOTIFYs (transactional: delivered on commit only). A NOTIFY costs every
 * writer of the database: PostgreSQL holds one global lock from a notifying transaction's
 * pre-commit to the end of its commit (WAL flush included), so notifying commits go one at
 * a time (here ~400–700/s, whatever the concurrency) — see docs/operations.md.
 */
export class Outbox<C extends EventCatalogue = EventCatalogue> {
  private relay?: RelayWaker;

  constructor(
    private readonly namespace: string,
    private readonly catalogue: C,
    private readonly clock: () => Date = () => new Date(),
    private readonly tracing: Tracing = Tracing.off,
  ) {}

  /** Wakes `relay` (this process's) after each commit that added events, instead of a NOTIFY; undefined to stop. */
  attachRelay(relay: RelayWaker | undefined): void {
    this.relay = relay;
  }

  /** True when `relay.wake()` will run after `tx` commits (so no NOTIFY is needed). */
  private wakesAfterCommit(tx: SqlExecutor): boolean {
    const relay = this.relay;
    return relay !== undefined && afterCommit(tx, () => relay.wake());
  }

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
      // The relay learns of the row when (and only if) it commits: woken in this process after
      // the commit, or by the NOTIFY, which PostgreSQL delivers on commit.
      ({ traceparent }) => onConnectionOf(tx).$executeRawUnsafe(
        this.wakesAfterCommit(tx) ? INSERT_ONE : INSERT_ONE_AND_NOTIFY,
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

  /**
   * Adds events by a statement of the caller's own, in the same round trip as its other
   * writes: `statement` runs the SQL it builds (data-modifying CTEs, one of them
   * `insert.sql(n)`) as ONE statement outside any transaction — PostgreSQL commits it or
   * nothing of it. Then the relay is told (woken in-process, or one NOTIFY after the
   * commit). For a hot path whose transaction would otherwise cost a BEGIN, a statement
   * per table and a COMMIT (the notifications worker's outcomes, issue #16).
   *
   * `insert.sql(first, keepAggregates)`: an INSERT … SELECT reading the events from
   * parameters `$first`…`$first+5` (`insert.params`, to place there), keeping only the
   * events whose aggregate is in `keepAggregates` (SQL yielding text) when given.
   */
  async addManyInStatement<T extends CatalogueEventType<C>, R>(
    db: SqlExecutor,
    events: ReadonlyArray<{ type: T; subject: string; data: CatalogueEventData<C, T> }>,
    statement: (insert: OutboxInsert) => Promise<R>,
  ): Promise<R> {
    if (events.length > ADD_MANY_CHUNK) throw new Error(`at most ${ADD_MANY_CHUNK} events per statement (got ${events.length})`);
    const context = currentMessageContext();
    const correlation = { correlationId: context?.correlationId ?? uuidv7(), causationId: context?.causationId ?? null };
    const envelopes = events.map(({ type, subject, data }) => createEvent(this.catalogue, type, subject, data, correlation, this.clock()));
    const result = await this.tracing.inSpan(
      `create ${envelopes.length} events`,
      {
        kind: SpanKind.PRODUCER,
        parent: context?.traceparent,
        attributes: { ...creationAttributes(undefined), [SPAN_ATTRIBUTES.messagingBatchCount]: envelopes.length },
      },
      ({ traceparent }) =>
        statement({
          params: [...this.columns(envelopes), traceparent],
          sql: (first, keepAggregates) => insertManySql(first, keepAggregates),
        }),
    );
    if (envelopes.length === 0) return result;
    const relay = this.relay;
    if (relay) relay.wake();
    else await db.$queryRawUnsafe(`SELECT pg_notify('${OUTBOX_CHANNEL}', '')`);
    return result;
  }

  /** The five column arrays of an `INSERT_MANY` (ids, types, aggregates, NATS subjects, payloads). */
  private columns(envelopes: readonly EventEnvelope[]): unknown[] {
    return [
      envelopes.map((event) => event.id),
      envelopes.map((event) => event.type),
      envelopes.map((event) => event.subject),
      envelopes.map((event) => eventSubject(this.namespace, this.catalogue, event.type)),
      envelopes.map((event) => JSON.stringify(event)),
    ];
  }

  private async insertMany(tx: SqlExecutor, envelopes: readonly EventEnvelope[], traceparent: string): Promise<void> {
    for (let start = 0; start < envelopes.length; start += ADD_MANY_CHUNK) {
      const chunk = envelopes.slice(start, start + ADD_MANY_CHUNK);
      await onConnectionOf(tx).$executeRawUnsafe(
        this.wakesAfterCommit(tx) ? INSERT_MANY : INSERT_MANY_AND_NOTIFY,
        ...this.columns(chunk),
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

const INSERT_ONE = `INSERT INTO outbox_events (id, type, aggregate, nats_subject, payload, traceparent)
  VALUES ($1::uuid, $2, $3, $4, $5::jsonb, $6)`;

const INSERT_ONE_AND_NOTIFY = writeThenNotify(INSERT_ONE, OUTBOX_CHANNEL);

/** What `addManyInStatement` hands its statement: the outbox insert to embed, and its parameters. */
export interface OutboxInsert {
  /** Six values, to be parameters `$first`…`$first+5` of the statement. */
  params: unknown[];
  sql(first: number, keepAggregates?: string): string;
}

// Arrays, not one parameter per value; WITH ORDINALITY … ORDER BY keeps the given order in
// the sequence that orders publication.
function insertManySql(first: number, keepAggregates?: string): string {
  const $ = (offset: number) => `$${first + offset}`;
  return `INSERT INTO outbox_events (id, type, aggregate, nats_subject, payload, traceparent)
  SELECT e.id, e.type, e.aggregate, e.subject, e.payload, ${$(5)}
    FROM unnest(${$(0)}::uuid[], ${$(1)}::text[], ${$(2)}::text[], ${$(3)}::text[], ${$(4)}::jsonb[]) WITH ORDINALITY AS e(id, type, aggregate, subject, payload, position)
   ${keepAggregates ? `WHERE e.aggregate IN (${keepAggregates}) ` : ''}ORDER BY e.position`;
}

const INSERT_MANY = insertManySql(1);

const INSERT_MANY_AND_NOTIFY = writeThenNotify(INSERT_MANY, OUTBOX_CHANNEL);

/** Events per statement of `addMany`: well under PostgreSQL's limits, a few megabytes at most. */
const ADD_MANY_CHUNK = 5_000;
