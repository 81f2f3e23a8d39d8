import { inboxLiveSubject } from '@scn/contracts';
import type { NatsConnection } from 'nats';
import { PassThrough } from 'node:stream';

/** A comment line keeps proxies from closing an idle stream. */
export const HEARTBEAT_MS = 25_000;

/**
 * A Server-Sent Events stream of an account's new inbox notifications: a core NATS
 * subscription to the account's live subject, each message written as one event. The
 * subscription ends when the client goes away.
 */
export function inboxLiveStream(nc: NatsConnection, namespace: string, accountId: string, heartbeatMs = HEARTBEAT_MS): PassThrough {
  const stream = new PassThrough();
  const subscription = nc.subscribe(inboxLiveSubject(namespace, accountId));
  stream.write('retry: 5000\n: connected\n\n');
  const heartbeat = setInterval(() => stream.write(': keep-alive\n\n'), heartbeatMs);
  const close = () => {
    clearInterval(heartbeat);
    subscription.unsubscribe();
  };
  stream.on('close', close);
  void (async () => {
    for await (const message of subscription) {
      const item = JSON.parse(message.string()) as { id?: string };
      // One `data:` line: JSON.stringify never yields a raw newline.
      stream.write(`id: ${item.id ?? ''}\nevent: notification\ndata: ${JSON.stringify(item)}\n\n`);
    }
  })().catch(() => stream.destroy());
  return stream;
}
