import { randomBytes } from 'node:crypto';
import {
  AckPolicy,
  connect,
  DeliverPolicy,
  DiscardPolicy,
  RetentionPolicy,
  StorageType,
  type JetStreamClient,
  type NatsConnection,
} from 'nats';
import type { Logger } from 'pino';
import { startConsumer, type Layout, type RunningConsumer } from './consumers';
import { burstResult, Collector, now, paced, type BurstResult, type PacedResult } from './measure';

/**
 * (B) The bare baseline: raw JetStream publish (with msgID, awaiting the PubAck) ->
 * durable pull consumer -> ack. No database, no envelope validation. The stream and the
 * consumer get the same storage and limits the platform's event streams use (file
 * storage, 2 min duplicate window, explicit ack, same max_ack_pending and pull batch).
 * This class is the publisher; the consumer runs where A's does (see `consumers.ts`).
 */
export interface BareSettings {
  /** Bytes of each payload: the size of the platform's event envelope, for a like-for-like load. */
  payloadBytes: number;
  /** max_ack_pending of the durable consumer. */
  maxAckPending: number;
  /** max_messages of consume(): how many messages one pull asks for. */
  pullBatch: number;
  /** Concurrent publishes (awaiting their PubAck) in the throughput burst. */
  publishWindow: number;
  /** Where the consumer runs: as A's consumer does. */
  layout: Layout;
}

const encoder = new TextEncoder();
const NANOS_PER_MS = 1_000_000;

export class BareJetStream {
  private readonly id = `bench${randomBytes(4).toString('hex')}`;
  readonly stream = `${this.id.toUpperCase()}_BARE`;
  private readonly subject = `${this.id}.bare.events`;
  private readonly durable = 'bare';
  private readonly js: JetStreamClient;
  private consumer?: RunningConsumer;
  private collector?: Collector;
  private seq = 0;
  private padding = '';

  private constructor(
    private readonly nc: NatsConnection,
    private readonly settings: BareSettings,
    private readonly natsUrl: string,
    private readonly logger: Logger,
  ) {
    this.js = nc.jetstream();
  }

  static async create(natsUrl: string, settings: BareSettings, logger: Logger): Promise<BareJetStream> {
    const nc = await connect({ servers: [natsUrl], name: 'events-bench-bare', noAsyncTraces: true });
    return new BareJetStream(nc, settings, natsUrl, logger);
  }

  async start(warmup: number): Promise<void> {
    const jsm = await this.nc.jetstreamManager();
    await jsm.streams.add({
      name: this.stream,
      subjects: [this.subject],
      retention: RetentionPolicy.Limits,
      storage: StorageType.File,
      discard: DiscardPolicy.Old,
      duplicate_window: 2 * 60 * 1_000 * NANOS_PER_MS,
      num_replicas: 1,
    });
    await jsm.consumers.add(this.stream, {
      durable_name: this.durable,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      filter_subject: this.subject,
      ack_wait: 30_000 * NANOS_PER_MS,
      max_ack_pending: this.settings.maxAckPending,
    });
    const probe = this.payload(0, now());
    this.padding = 'x'.repeat(Math.max(0, this.settings.payloadBytes - probe.length));
    this.consumer = await startConsumer(
      { kind: 'bare', natsUrl: this.natsUrl, stream: this.stream, durable: this.durable, pullBatch: this.settings.pullBatch },
      this.settings.layout,
      this.logger,
      (seq, sentAt, at) => this.collector?.handled(seq, sentAt, at),
    );
    if (warmup > 0) await this.burst(warmup, 60_000);
  }

  private payload(seq: number, sentAt: number): Uint8Array {
    return encoder.encode(JSON.stringify({ seq, sentAt, pad: this.padding }));
  }

  private publish(seq: number): Promise<unknown> {
    return this.js.publish(this.subject, this.payload(seq, now()), { msgID: `${this.id}-${seq}` });
  }

  private nextSeqs(n: number): number[] {
    return Array.from({ length: n }, () => this.seq++);
  }

  /** Publishes `n` messages, `publishWindow` at a time; time from first publish to last handled. */
  async burst(n: number, timeoutMs: number): Promise<BurstResult> {
    const seqs = this.nextSeqs(n);
    const collector = new Collector(new Set(seqs));
    this.collector = collector;
    const start = now();
    let next = 0;
    await Promise.all(
      Array.from({ length: Math.min(this.settings.publishWindow, n) }, async () => {
        while (next < n) await this.publish(seqs[next++]!);
      }),
    );
    return burstResult(collector, n, start, timeoutMs);
  }

  async paced(rate: number, seconds: number, timeoutMs: number): Promise<PacedResult> {
    const seqs = this.nextSeqs(Math.round(rate * seconds));
    const collector = new Collector(new Set(seqs));
    this.collector = collector;
    let failed = 0;
    let firstError: string | undefined;
    const run = await paced(rate, seconds, (i) =>
      this.publish(seqs[i]!).catch((error: unknown) => {
        failed++;
        firstError ??= error instanceof Error ? error.message : String(error);
        collector.forget(seqs[i]!);
      }),
    );
    await Promise.all(run.sends);
    const complete = await collector.done(timeoutMs);
    return {
      rate,
      seconds,
      sent: seqs.length - failed,
      failed,
      ...(firstError ? { firstError: firstError.slice(0, 160) } : {}),
      achievedRate: (seqs.length * 1_000) / run.elapsedMs,
      maxScheduleLagMs: run.maxLagMs,
      latency: collector.summary(),
      complete,
      duplicates: collector.duplicateCount,
    };
  }

  get payloadSize(): number {
    return this.payload(0, now()).length;
  }

  /** Stops consuming, deletes the stream (and its consumer) and closes the connection. */
  async dispose(): Promise<void> {
    await this.consumer?.stop().catch(() => undefined);
    try {
      const jsm = await this.nc.jetstreamManager();
      await jsm.streams.delete(this.stream);
    } catch {
      // already gone
    }
    await this.nc.drain().catch(() => this.nc.close());
  }
}
