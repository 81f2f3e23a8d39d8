import { SpanKind } from '@opentelemetry/api';
import { HEADERS } from '@scn/contracts';
import { failSpan, NATS_SYSTEM, resilientPool, SPAN_ATTRIBUTES, Tracing, withPooledClient } from '@scn/platform';
import { headers as natsHeaders, type JetStreamClient } from 'nats';
import type { Logger } from 'pino';
import type { Pool } from 'pg';
import { PollingLoop, type TickResult } from '../polling/polling-loop';
import { OUTBOX_CHANNEL } from './outbox-schema';

export interface OutboxRelayOptions {
  databaseUrl: string;
  js: JetStreamClient;
  /** Whether NATS is reachable now: while it is not, rows wait instead of timing out one by one. */
  isConnected: () => boolean;
  logger: Logger;
  batchSize: number;
  /** Poll interval: NOTIFY wakes the relay early, polling is what guarantees progress. */
  pollMs: number;
  /**
   * How long the relay waits after a wake-up before claiming (default 0): the commits of that
   * stretch then go out in one pass, for a service whose events follow many small commits
   * and are not awaited within milliseconds (`OUTBOX_LINGER_MS`).
   */
  lingerMs?: number;
  publishTimeoutMs?: number;
  /** Published rows older than this are deleted. */
  retentionMs?: number;
  /** A publish span per row, child of the span that wrote the row (its traceparent). */
  tracing?: Tracing;
}

interface OutboxRow {
  seq: string;
  id: string;
  aggregate: string;
  type: string;
  nats_subject: string;
  payload: string;
  traceparent: string | null;
  correlation_id: string;
  causation_id: string | null;
  /** An earlier unpublished row of the same aggregate is not in this claim: wait for it. */
  blocked: boolean;
}

export interface RelayBatchResult {
  claimed: number;
  published: number;
  failed: number;
}

const encoder = new TextEncoder();
const MAX_BACKOFF_MS = 5_000;
const PURGE_EVERY_MS = 60 * 60 * 1_000;

/**
 * Publishes committed outbox rows to JetStream with Nats-Msg-Id = event id, awaits each
 * PubAck, then marks the rows published (committed without waiting for the WAL flush: a
 * mark is no fact, losing one costs a harmless re-publish). Rows are claimed with FOR
 * UPDATE SKIP LOCKED, so any number of replicas can relay together; a crash releases the
 * claim (the transaction dies with the connection) and a re-publish is dropped by
 * JetStream's de-duplication.
 * Per aggregate, events go out one at a time in outbox order.
 */
export class OutboxRelay {
  private readonly pool: Pool;
  private readonly loop: PollingLoop;
  private lastPurge = 0;

  constructor(private readonly options: OutboxRelayOptions) {
    this.pool = resilientPool({ connectionString: options.databaseUrl, max: 2, application_name: 'outbox-relay' }, (error) =>
      options.logger.warn({ err: error }, 'outbox relay pool error'),
    );
    this.loop = new PollingLoop({
      name: 'outbox relay',
      tick: () => this.tick(),
      intervalMs: options.pollMs,
      lingerMs: options.lingerMs,
      maxBackoffMs: MAX_BACKOFF_MS,
      // LISTENs for inserts, so new rows go out at once rather than at the next poll.
      wakeOn: { databaseUrl: options.databaseUrl, channel: OUTBOX_CHANNEL, applicationName: 'outbox-listener' },
      logger: options.logger,
    });
  }

  start(): void {
    this.loop.start();
  }

  /**
   * Looks for rows at once (or right after the batch in progress): called by this process's
   * `Outbox` after a transaction that added events committed, in place of a NOTIFY.
   */
  wake(): void {
    this.loop.wake();
  }

  /** Finishes the batch in progress, then stops. */
  async stop(): Promise<void> {
    await this.loop.stop();
    await this.pool.end();
  }

  /** Unsent rows and the age of the oldest: one indexed query, asked on each metrics scrape. */
  async backlog(): Promise<{ unsent: number; oldestAgeSeconds: number }> {
    const { rows } = await this.pool.query<{ unsent: string; oldest_age: number | null }>(
      `SELECT count(*) AS unsent, EXTRACT(EPOCH FROM now() - min(created_at))::float8 AS oldest_age
         FROM outbox_events WHERE published_at IS NULL`,
    );
    const row = rows[0];
    return { unsent: Number(row?.unsent ?? 0), oldestAgeSeconds: Math.max(0, row?.oldest_age ?? 0) };
  }

  /** Relays one batch; exposed for tests and benchmarks. */
  async relayBatch(): Promise<RelayBatchResult> {
    return withPooledClient(this.pool, async (client, markBroken) => {
      try {
        // The marks need not wait for the WAL flush: a mark lost in a crash of PostgreSQL
        // only has its row published again, which JetStream's de-duplication (and past its
        // window the consumers' inbox) makes harmless. The same round trip as BEGIN alone.
        //
        // The claim and, for each row, whether an earlier unpublished row of its aggregate is
        // not in the claim (another relay holds it locked): one statement, one snapshot. Such
        // a row and the rest of its aggregate wait.
        //
        // BEGIN and the claim go in one round trip (a simple query of three statements, so
        // no parameters: the batch size is an integer of ours), as do the marks and the
        // COMMIT below. Woken after every commit of its service, the relay makes many small
        // passes: their statements were over half of the notifications worker's round trips.
        const claim = await client.query(
          `BEGIN; SET LOCAL synchronous_commit TO off;
           WITH claimed AS (
             SELECT seq, id, aggregate, type, nats_subject, payload, traceparent
               FROM outbox_events
              WHERE published_at IS NULL
              ORDER BY seq
              LIMIT ${integer(this.options.batchSize)}
              FOR UPDATE SKIP LOCKED
           )
           SELECT c.seq, c.id, c.aggregate, c.type, c.nats_subject, c.payload::text AS payload, c.traceparent,
                  c.payload->>'correlationId' AS correlation_id, c.payload->>'causationId' AS causation_id,
                  EXISTS (
                    SELECT 1 FROM outbox_events o
                     WHERE o.aggregate = c.aggregate AND o.published_at IS NULL AND o.seq < c.seq
                       AND o.seq NOT IN (SELECT seq FROM claimed)
                  ) AS blocked
             FROM claimed c
            ORDER BY c.seq`,
        );
        const rows = lastResult<OutboxRow>(claim);
        if (rows.length === 0) {
          await client.query('COMMIT');
          return { claimed: 0, published: 0, failed: 0 };
        }
        const groups = publishableGroups(rows);
        const outcomes = await Promise.all(groups.map((group) => this.publishInOrder(group)));
        const published = outcomes.flatMap((o) => o.published);
        const failed = outcomes.flatMap((o) => o.failed);
        if (failed.length) {
          await client.query('UPDATE outbox_events SET attempts = attempts + 1, last_error = $2 WHERE seq = ANY($1::bigint[])', [
            failed.map((f) => f.seq),
            failed[0]!.error.slice(0, 1_000),
          ]);
        }
        // The seqs are PostgreSQL's own bigints, checked digits only: safe to write inline.
        await client.query(
          published.length
            ? `UPDATE outbox_events SET published_at = now(), attempts = attempts + 1 WHERE seq IN (${published.map(integer).join(',')}); COMMIT`
            : 'COMMIT',
        );
        return {
          claimed: rows.length,
          published: published.length,
          failed: failed.length,
        };
      } catch (error) {
        await client.query('ROLLBACK').catch(markBroken);
        throw error;
      }
    });
  }

  private async publishInOrder(group: OutboxRow[]) {
    const published: string[] = [];
    const failed: Array<{ seq: string; error: string }> = [];
    for (const row of group) {
      const publication = this.startPublication(row);
      try {
        const h = natsHeaders();
        h.set(HEADERS.eventType, row.type);
        h.set(HEADERS.aggregate, row.aggregate);
        h.set(HEADERS.correlationId, row.correlation_id);
        if (row.causation_id) h.set(HEADERS.causationId, row.causation_id);
        h.set(HEADERS.traceparent, publication.traceparent);
        await this.options.js.publish(row.nats_subject, encoder.encode(row.payload), {
          msgID: row.id,
          headers: h,
          timeout: this.options.publishTimeoutMs ?? 5_000,
        });
        published.push(row.seq);
      } catch (error) {
        if (publication.span) failSpan(publication.span, error);
        // Later events of this aggregate must not overtake this one: stop the group here.
        failed.push({
          seq: row.seq,
          error: error instanceof Error ? error.message : String(error),
        });
        break;
      } finally {
        publication.span?.end();
      }
    }
    return { published, failed };
  }

  /**
   * The publication of one row, continuing the trace of the transaction that wrote it:
   * the consumers' spans are children of this one (its traceparent is in the headers).
   */
  private startPublication(row: OutboxRow) {
    return (this.options.tracing ?? Tracing.off).start(`send ${row.type}`, {
      kind: SpanKind.PRODUCER,
      parent: row.traceparent,
      attributes: {
        [SPAN_ATTRIBUTES.messagingSystem]: NATS_SYSTEM,
        [SPAN_ATTRIBUTES.messagingOperationType]: 'send',
        [SPAN_ATTRIBUTES.messagingOperationName]: 'publish',
        [SPAN_ATTRIBUTES.messagingDestination]: row.nats_subject,
        [SPAN_ATTRIBUTES.messagingMessageId]: row.id,
        [SPAN_ATTRIBUTES.eventType]: row.type,
        [SPAN_ATTRIBUTES.eventAggregate]: row.aggregate,
      },
    });
  }

  /** One batch: again at once after a full one; backs off while NATS is away or rows fail to publish. */
  private async tick(): Promise<TickResult> {
    if (!this.options.isConnected()) return 'retry';
    const result = await this.relayBatch();
    await this.purgeIfDue();
    if (result.failed > 0) return 'retry';
    return result.claimed === this.options.batchSize ? 'more' : 'idle';
  }

  private async purgeIfDue(): Promise<void> {
    const now = Date.now();
    if (now - this.lastPurge < PURGE_EVERY_MS) return;
    this.lastPurge = now;
    const retention = this.options.retentionMs ?? 3 * 24 * 60 * 60 * 1_000;
    await this.pool.query(`DELETE FROM outbox_events WHERE published_at < now() - ($1::bigint * interval '1 millisecond')`, [retention]);
  }
}

/** `value` (a number, or a bigint as PostgreSQL wrote it) as SQL text, refused unless it is digits only. */
function integer(value: number | string): string {
  const text = String(value);
  if (!/^[0-9]+$/.test(text)) throw new Error(`not a non-negative integer: ${text}`);
  return text;
}

/** The rows of the last statement of a query (a simple query of several answers with one result each). */
function lastResult<Row>(result: unknown): Row[] {
  const results = (Array.isArray(result) ? result : [result]) as Array<{ rows: Row[] }>;
  return results[results.length - 1]!.rows;
}

/** The claimed rows by aggregate, in outbox order, without those that must wait (`blocked`). */
function publishableGroups(rows: readonly OutboxRow[]): OutboxRow[][] {
  const groups = new Map<string, OutboxRow[]>();
  for (const row of rows) {
    if (row.blocked) continue;
    const group = groups.get(row.aggregate);
    if (group) group.push(row);
    else groups.set(row.aggregate, [row]);
  }
  return [...groups.values()];
}
