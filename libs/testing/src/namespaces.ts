import { randomBytes } from 'node:crypto';
import type { NatsConnection } from 'nats';

/** A namespace of its own for one test file: its subjects, streams and queues. */
export function testNamespace(): string {
  return `t${randomBytes(5).toString('hex')}`;
}

/** Deletes every stream of `namespace` (and so their consumers). */
export async function deleteNamespaceStreams(nc: NatsConnection, namespace: string): Promise<void> {
  const jsm = await nc.jetstreamManager();
  const prefix = `${namespace.toUpperCase()}_`;
  for await (const stream of jsm.streams.list()) {
    if (stream.config.name.startsWith(prefix)) await jsm.streams.delete(stream.config.name);
  }
}
