import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Latency buckets in seconds: from a fast RPC to a slow handler. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
/** Event-lag buckets in seconds: from immediate to an hour behind. */
const LAG_BUCKETS = [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60, 300, 900, 3600];

/** What a sampler reports about the outbox: unsent rows and the age of the oldest. */
export interface OutboxSample {
  unsent: number;
  oldestAgeSeconds: number;
}

/** What JetStream says of one of the service's durable consumers, sampled on scrape. */
export interface ConsumerSample {
  stream: string;
  /** Messages in the stream the consumer has not been given yet. */
  pending: number;
  /** Given to a replica, not acknowledged yet. */
  ackPending: number;
  /** Given more than once and not acknowledged yet. */
  redelivered: number;
}

/**
 * The process's Prometheus registry and the platform's named series. One instance per
 * started application (provided by PlatformModule), never a global: several services may
 * run in one process (tests) without "metric already registered" errors.
 */
export class Metrics {
  readonly registry = new Registry();
  readonly httpRequestDuration: Histogram<'method' | 'route' | 'status'>;
  readonly rpcServerDuration: Histogram<'operation' | 'outcome'>;
  readonly rpcClientCalls: Counter<'operation' | 'outcome'>;
  readonly rpcClientDuration: Histogram<'operation' | 'outcome'>;
  readonly eventsHandled: Counter<'type' | 'outcome'>;
  readonly eventHandlingLag: Histogram<'type'>;
  readonly deadLetters: Counter<'type'>;
  readonly outboxUnsent: Gauge;
  readonly outboxOldestAge: Gauge;
  readonly eventRedeliveries: Counter<'type'>;
  readonly consumerPending: Gauge<'stream'>;
  readonly consumerAckPending: Gauge<'stream'>;
  readonly consumerRedelivered: Gauge<'stream'>;
  private outboxSampler?: () => Promise<OutboxSample>;
  private consumerSampler?: () => Promise<ConsumerSample[]>;

  constructor(
    readonly service: string,
    options: { processMetrics?: boolean } = {},
  ) {
    this.registry.setDefaultLabels({ service });
    if (options.processMetrics !== false) collectDefaultMetrics({ register: this.registry, prefix: 'scn_' });
    const registers = [this.registry];
    this.httpRequestDuration = new Histogram({
      name: 'scn_http_request_duration_seconds',
      help: 'HTTP requests served, by method, route pattern and status code',
      labelNames: ['method', 'route', 'status'],
      buckets: DURATION_BUCKETS,
      registers,
    });
    this.rpcServerDuration = new Histogram({
      name: 'scn_rpc_server_duration_seconds',
      help: 'Request/reply operations served, by operation and outcome (ok or the error code)',
      labelNames: ['operation', 'outcome'],
      buckets: DURATION_BUCKETS,
      registers,
    });
    this.rpcClientCalls = new Counter({
      name: 'scn_rpc_client_calls_total',
      help: 'Request/reply calls made, by operation and outcome (ok or the error code)',
      labelNames: ['operation', 'outcome'],
      registers,
    });
    this.rpcClientDuration = new Histogram({
      name: 'scn_rpc_client_duration_seconds',
      help: 'Time until a request/reply call was answered or failed, by operation and outcome',
      labelNames: ['operation', 'outcome'],
      buckets: DURATION_BUCKETS,
      registers,
    });
    this.eventsHandled = new Counter({
      name: 'scn_events_processed_total',
      help: 'Domain event deliveries processed, by type and outcome (handled, duplicate, ignored, retried, dead-lettered)',
      labelNames: ['type', 'outcome'],
      registers,
    });
    this.eventHandlingLag = new Histogram({
      name: 'scn_event_handling_lag_seconds',
      help: "Time from an event's publication (its envelope time) to its handling here",
      labelNames: ['type'],
      buckets: LAG_BUCKETS,
      registers,
    });
    this.deadLetters = new Counter({
      name: 'scn_dead_letters_total',
      help: 'Messages parked in the dead-letter stream by this service, by event type',
      labelNames: ['type'],
      registers,
    });
    // The outbox gauges sample the database on scrape, so they are fresh whatever the relay does.
    const sample = async (): Promise<OutboxSample | undefined> => {
      try {
        return await this.outboxSampler?.();
      } catch {
        return undefined;
      }
    };
    let pending: Promise<OutboxSample | undefined> | undefined;
    const once = () => (pending ??= sample().finally(() => setImmediate(() => (pending = undefined))));
    this.outboxUnsent = new Gauge({
      name: 'scn_outbox_unsent_events',
      help: 'Outbox rows committed but not yet published to JetStream',
      registers,
      collect: async () => {
        const value = await once();
        if (value) this.outboxUnsent.set(value.unsent);
      },
    });
    this.eventRedeliveries = new Counter({
      name: 'scn_event_redeliveries_total',
      help: 'Events this service received again after an earlier delivery (a failed handler, a replica that died, an ack too late), by type',
      labelNames: ['type'],
      registers,
    });
    // The consumer gauges ask JetStream on scrape, once for the three.
    let consumers: Promise<ConsumerSample[] | undefined> | undefined;
    const consumersOnce = () =>
      (consumers ??= (this.consumerSampler?.() ?? Promise.resolve(undefined)).catch(() => undefined).finally(() => setImmediate(() => (consumers = undefined))));
    const consumerGauge = (name: string, help: string, pick: (sample: ConsumerSample) => number): Gauge<'stream'> => {
      const gauge: Gauge<'stream'> = new Gauge({
        name,
        help,
        labelNames: ['stream'],
        registers,
        collect: async () => {
          for (const sample of (await consumersOnce()) ?? []) gauge.labels({ stream: sample.stream }).set(pick(sample));
        },
      });
      return gauge;
    };
    this.consumerPending = consumerGauge('scn_consumer_pending_messages', 'Messages of the stream this service has not been given yet (its consumer lag)', (s) => s.pending);
    this.consumerAckPending = consumerGauge('scn_consumer_ack_pending_messages', 'Messages given to a replica and not acknowledged yet', (s) => s.ackPending);
    this.consumerRedelivered = consumerGauge('scn_consumer_redelivered_messages', 'Messages given more than once and not acknowledged yet', (s) => s.redelivered);
    this.outboxOldestAge = new Gauge({
      name: 'scn_outbox_oldest_unsent_age_seconds',
      help: 'Age of the oldest unsent outbox row (0 when none waits)',
      registers,
      collect: async () => {
        const value = await once();
        if (value) this.outboxOldestAge.set(value.oldestAgeSeconds);
      },
    });
  }

  /** Lets the event consumer answer the consumer gauges on each scrape. */
  sampleConsumersWith(sampler: (() => Promise<ConsumerSample[]>) | undefined): void {
    this.consumerSampler = sampler;
  }

  /** Lets the outbox relay answer the backlog gauges on each scrape. */
  sampleOutboxWith(sampler: (() => Promise<OutboxSample>) | undefined): void {
    this.outboxSampler = sampler;
  }

  /** The text exposition served at GET /metrics. */
  exposition(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}

/** Seconds elapsed since a start taken with `process.hrtime.bigint()`. */
export function secondsSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/**
 * The route label of an HTTP request: the declared pattern, or `unmatched` for requests
 * no route took (404s), so raw URLs never become label values.
 */
export function routeLabel(pattern: string | undefined): string {
  if (!pattern) return 'unmatched';
  return pattern.length > 200 ? pattern.slice(0, 200) : pattern;
}

/** The outcome label of a request/reply: `ok`, or the (bounded) error code. */
export function rpcOutcome(errorCode: string | undefined): string {
  if (errorCode === undefined) return 'ok';
  return /^[a-z0-9_.-]{1,64}$/i.test(errorCode) ? errorCode : 'other';
}

/** Seconds from an ISO time to now, or undefined when the time is not readable. */
export function lagSeconds(isoTime: string, now: number = Date.now()): number | undefined {
  const published = Date.parse(isoTime);
  if (Number.isNaN(published)) return undefined;
  return Math.max(0, (now - published) / 1_000);
}
