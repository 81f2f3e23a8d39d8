import { deadLetterStream, deadLetterSubject, HEADERS } from '@scn/contracts';
import { headers as natsHeaders, type JetStreamClient, type JetStreamManager, type JsMsg, type MsgHdrs } from 'nats';

export interface DeadLetter {
  /** Sequence in the dead-letter stream: what staff list and replay by. */
  sequence: number;
  consumer: string;
  reason: string;
  originalSubject: string;
  originalStream: string;
  originalSequence: number;
  deliveries: number;
  failedAt: string;
  /** The message as received, undecoded (it may not even be JSON). */
  payload: string;
}

const MAX_REASON_LENGTH = 1_000;

/** NATS header values are single lines. */
function headerSafe(value: string): string {
  return value.replace(/[\r\n]+/g, ' ').slice(0, MAX_REASON_LENGTH);
}

/** Writes what a consumer gave up on to the dead-letter stream, and lists and replays it. */
export class DeadLetters {
  private readonly stream: { name: string; subjects: string[] };

  constructor(
    private readonly namespace: string,
    private readonly js: JetStreamClient,
    private readonly jsm: JetStreamManager,
  ) {
    this.stream = deadLetterStream(namespace);
  }

  /**
   * Stores `msg` with the reason. Idempotent per (stream, sequence, consumer): a crash
   * between storing and terminating the original stores it once.
   */
  async store(msg: JsMsg, consumer: string, reason: string, eventType: string | undefined): Promise<void> {
    const out = natsHeaders();
    for (const [key, values] of copyHeaders(msg.headers)) {
      if (key !== HEADERS.msgId) for (const value of values) out.append(key, value);
    }
    const dl = HEADERS.deadLetter;
    out.set(dl.reason, headerSafe(reason));
    out.set(dl.consumer, consumer);
    out.set(dl.stream, msg.info.stream);
    out.set(dl.streamSequence, String(msg.seq));
    out.set(dl.originalSubject, msg.subject);
    out.set(dl.deliveries, String(msg.info.deliveryCount));
    out.set(dl.failedAt, new Date().toISOString());
    await this.js.publish(deadLetterSubject(this.namespace, consumer, eventType ?? 'unknown'), msg.data, {
      msgID: `${msg.info.stream}:${msg.seq}:${consumer}`,
      headers: out,
    });
  }

  /** Dead letters in the order they arrived, from `fromSequence` on. */
  async list(options: { fromSequence?: number; limit?: number } = {}): Promise<DeadLetter[]> {
    const info = await this.jsm.streams.info(this.stream.name);
    const limit = Math.min(options.limit ?? 100, 1_000);
    const result: DeadLetter[] = [];
    for (let seq = Math.max(options.fromSequence ?? 1, info.state.first_seq); seq <= info.state.last_seq; seq++) {
      if (result.length >= limit) break;
      const letter = await this.get(seq);
      if (letter) result.push(letter);
    }
    return result;
  }

  /** How many dead letters wait (replayed ones are removed from the stream). */
  async count(): Promise<number> {
    return (await this.jsm.streams.info(this.stream.name)).state.messages;
  }

  async get(sequence: number): Promise<DeadLetter | undefined> {
    try {
      const stored = await this.jsm.streams.getMessage(this.stream.name, { seq: sequence });
      const h = stored.header;
      const dl = HEADERS.deadLetter;
      return {
        sequence,
        consumer: h.get(dl.consumer),
        reason: h.get(dl.reason),
        originalSubject: h.get(dl.originalSubject),
        originalStream: h.get(dl.stream),
        originalSequence: Number(h.get(dl.streamSequence)),
        deliveries: Number(h.get(dl.deliveries)),
        failedAt: h.get(dl.failedAt),
        payload: new TextDecoder().decode(stored.data),
      };
    } catch (error) {
      if (/no message found|not found/i.test(String(error))) return undefined;
      throw error;
    }
  }

  /**
   * Publishes a dead letter again on its original subject and removes it from the
   * dead-letter stream. Consumers that had already processed it skip it (their inbox
   * holds its event id), so only the one that failed acts on it.
   */
  async replay(sequence: number): Promise<boolean> {
    const stored = await this.jsm.streams.getMessage(this.stream.name, { seq: sequence }).catch(() => undefined);
    if (!stored) return false;
    const out = natsHeaders();
    const deadLetterKeys = new Set<string>(Object.values(HEADERS.deadLetter));
    for (const [key, values] of copyHeaders(stored.header)) {
      if (!deadLetterKeys.has(key)) for (const value of values) out.append(key, value);
    }
    await this.js.publish(stored.header.get(HEADERS.deadLetter.originalSubject), stored.data, {
      msgID: `replay:${this.stream.name}:${sequence}`,
      headers: out,
    });
    await this.jsm.streams.deleteMessage(this.stream.name, sequence);
    return true;
  }
}

function copyHeaders(h: MsgHdrs | undefined): Array<[string, string[]]> {
  if (!h) return [];
  return h.keys().map((key) => [key, h.values(key)]);
}
