import {
  AckPolicy,
  DeliverPolicy,
  DiscardPolicy,
  RetentionPolicy,
  StorageType,
  type ConsumerConfig,
  type JetStreamManager,
  type StreamConfig,
} from 'nats';

const NANOS_PER_MS = 1_000_000;
const DAY_MS = 24 * 60 * 60 * 1_000;

export interface StreamSpec {
  name: string;
  subjects: string[];
  /** How long messages are kept; JetStream limits retention, so replay stays possible. */
  maxAgeMs: number;
  /** Window in which a repeated Nats-Msg-Id is dropped as a duplicate. */
  duplicateWindowMs: number;
  replicas: number;
}

export const EVENT_STREAM_DEFAULTS = { maxAgeMs: 30 * DAY_MS, duplicateWindowMs: 2 * 60 * 1_000, replicas: 1 };
export const DEAD_LETTER_STREAM_DEFAULTS = { maxAgeMs: 90 * DAY_MS, duplicateWindowMs: 2 * 60 * 1_000, replicas: 1 };

/**
 * `NATS_STREAM_REPLICAS` of a service's validated configuration, or 1 when the
 * configuration does not carry it (a test module's hand-made config, say).
 */
export function streamReplicasOf(config: unknown): number {
  const value = (config as { NATS_STREAM_REPLICAS?: unknown } | undefined)?.NATS_STREAM_REPLICAS;
  return typeof value === 'number' ? value : 1;
}

/** Creates the stream, or brings an existing one to the declared settings. Idempotent. */
export async function ensureStream(jsm: JetStreamManager, spec: StreamSpec): Promise<void> {
  const config: Partial<StreamConfig> = {
    name: spec.name,
    subjects: spec.subjects,
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    discard: DiscardPolicy.Old,
    max_age: spec.maxAgeMs * NANOS_PER_MS,
    duplicate_window: spec.duplicateWindowMs * NANOS_PER_MS,
    num_replicas: spec.replicas,
  };
  try {
    await jsm.streams.info(spec.name);
  } catch (error) {
    if (!isNotFound(error)) throw error;
    try {
      await jsm.streams.add(config);
      return;
    } catch (addError) {
      // Another replica created it between our look-up and our add: fall through to update.
      if (!/already in use|already exists/i.test(String(addError))) throw addError;
    }
  }
  await jsm.streams.update(spec.name, config);
}

export interface DurableConsumerSpec {
  stream: string;
  durable: string;
  filterSubject: string;
  ackWaitMs: number;
  maxAckPending: number;
}

/**
 * Creates the durable pull consumer every replica of a service shares, or updates it.
 * Deliveries are not capped on the server (max_deliver -1): the consumer itself counts
 * them and dead-letters with the reason, so no message is ever silently stranded.
 */
export async function ensureDurableConsumer(jsm: JetStreamManager, spec: DurableConsumerSpec): Promise<void> {
  const config: Partial<ConsumerConfig> = {
    durable_name: spec.durable,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    filter_subject: spec.filterSubject,
    ack_wait: spec.ackWaitMs * NANOS_PER_MS,
    max_deliver: -1,
    max_ack_pending: spec.maxAckPending,
  };
  try {
    await jsm.consumers.info(spec.stream, spec.durable);
  } catch (error) {
    if (!isNotFound(error)) throw error;
    try {
      await jsm.consumers.add(spec.stream, config);
      return;
    } catch (addError) {
      if (!/already in use|already exists/i.test(String(addError))) throw addError;
    }
  }
  // deliver_policy and durable_name cannot change on an existing consumer.
  const { deliver_policy: _policy, durable_name: _name, ...updatable } = config;
  await jsm.consumers.update(spec.stream, spec.durable, updatable);
}

function isNotFound(error: unknown): boolean {
  const code = (error as { api_error?: { err_code?: number }; code?: string })?.api_error?.err_code;
  return code === 10059 || code === 10014 || /not found/i.test(String(error));
}
