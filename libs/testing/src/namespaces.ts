import { randomBytes } from 'node:crypto';
import { ErrorCode, NatsError, type NatsConnection } from 'nats';

/** A namespace of its own for one test file: its subjects, streams and queues. */
export function testNamespace(): string {
  return `t${randomBytes(5).toString('hex')}`;
}

/** JetStream's code for "stream not found": deleted meanwhile (by an attempt whose answer timed out). */
const STREAM_NOT_FOUND = 10059;

/**
 * Deletes every stream of `namespace` (and so their consumers). JetStream answers nothing
 * for a while after a cluster has restarted (its leaders are being elected): an API call
 * that times out there is tried again, with the list read anew, for up to `patienceMs`.
 */
export async function deleteNamespaceStreams(nc: NatsConnection, namespace: string, { patienceMs = 30_000 } = {}): Promise<void> {
  const jsm = await nc.jetstreamManager();
  const prefix = `${namespace.toUpperCase()}_`;
  const deadline = Date.now() + patienceMs;
  for (;;) {
    try {
      const names: string[] = [];
      for await (const stream of jsm.streams.list()) if (stream.config.name.startsWith(prefix)) names.push(stream.config.name);
      for (const name of names) await deleteStream(jsm, name);
      return;
    } catch (error) {
      if (!isUnanswered(error) || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }
}

type StreamApi = Awaited<ReturnType<NatsConnection['jetstreamManager']>>['streams'];

async function deleteStream(jsm: { streams: StreamApi }, name: string): Promise<void> {
  try {
    await jsm.streams.delete(name);
  } catch (error) {
    if (error instanceof NatsError && error.api_error?.err_code === STREAM_NOT_FOUND) return;
    throw error;
  }
}

function isUnanswered(error: unknown): boolean {
  return error instanceof NatsError && (error.code === ErrorCode.Timeout || error.code === ErrorCode.NoResponders);
}
