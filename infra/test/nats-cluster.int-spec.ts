// The 3-node cluster of infra/local/nats-cluster.sh, driven the way the platform uses it:
// NATS_URL lists the three nodes, NATS_STREAM_REPLICAS=3 makes the platform's provisioning
// create an R3 stream, and the loss of the stream's leader (kill -9) loses and stops
// nothing: publishing resumes once a new leader is elected, reading goes on, and the node
// catches up when it comes back.
import { eventStream } from '@scn/contracts';
import { ensureDurableConsumer, ensureStream, EVENT_STREAM_DEFAULTS } from '@scn/messaging';
import { backendServiceConfigSchema, loadConfig } from '@scn/platform';
import { NatsTestCluster, testNamespace, waitFor, type NatsClusterNode } from '@scn/testing';
import { connect, type JetStreamClient, type JetStreamManager, type NatsConnection } from 'nats';

const TEST_TIMEOUT_MS = 50_000;
const CONSUMER = 'cluster-check';

describe('a 3-node NATS cluster (infra/local/nats-cluster.sh)', () => {
  let cluster: NatsTestCluster | undefined;
  let nc: NatsConnection | undefined;

  afterAll(async () => {
    await nc?.close();
    await cluster?.dispose();
  }, 30_000);

  it(
    'keeps an R3 stream writable and readable while its leader is killed, and takes the node back',
    async () => {
      cluster = await NatsTestCluster.start();
      const namespace = testNamespace();
      const config = loadConfig('partnerships', backendServiceConfigSchema('partnerships'), {
        NATS_URL: cluster.url,
        NATS_STREAM_REPLICAS: '3',
        SCN_NAMESPACE: namespace,
      });
      expect(config.NATS_URL).toEqual(cluster.servers);

      nc = await connect({ servers: config.NATS_URL, maxReconnectAttempts: -1, reconnectTimeWait: 200 });
      const jsm = await nc.jetstreamManager();
      const js = nc.jetstream();
      const stream = eventStream(namespace, 'partnerships');
      await ensureStream(jsm, { ...stream, ...EVENT_STREAM_DEFAULTS, replicas: config.NATS_STREAM_REPLICAS });
      await ensureDurableConsumer(jsm, {
        stream: stream.name,
        durable: CONSUMER,
        filterSubject: stream.subjects[0]!,
        ackWaitMs: 5_000,
        maxAckPending: 100,
      });

      const before = await jsm.streams.info(stream.name);
      expect(before.config.num_replicas).toBe(3);
      expect(before.cluster?.replicas).toHaveLength(2);

      const subject = `${namespace}.events.partnerships.check`;
      await publishAll(js, subject, 0, 10);
      expect(await readAll(js, stream.name, 0, 10)).toEqual(range(0, 10));

      const leader = before.cluster?.leader as NatsClusterNode;
      expect(['n1', 'n2', 'n3']).toContain(leader);
      await cluster.kill(leader);
      await publishAll(js, subject, 10, 20);
      expect(await readAll(js, stream.name, 10, 20)).toEqual(range(10, 20));

      await cluster.startNodes();
      await waitFor(
        `node ${leader} to catch up`,
        async () => {
          const info = await jsm.streams.info(stream.name);
          const peers = info.cluster?.replicas ?? [];
          return peers.length === 2 && peers.every((peer) => peer.current && !peer.offline);
        },
        { timeoutMs: 15_000, intervalMs: 200 },
      );
      await publishAll(js, subject, 20, 25);
      expect(await readAll(js, stream.name, 20, 25)).toEqual(range(20, 25));

      // Retried publishes carried the same Nats-Msg-Id: each message is in the stream once.
      expect((await jsm.streams.info(stream.name)).state.messages).toBe(25);
      await deleteStream(jsm, stream.name);
    },
    TEST_TIMEOUT_MS,
  );
});

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}

/**
 * Publishes messages `from`..`to`-1, each retried until JetStream acknowledges it: while a
 * stream leader is being elected, a publish times out or finds no responder.
 */
async function publishAll(js: JetStreamClient, subject: string, from: number, to: number): Promise<void> {
  for (const n of range(from, to)) {
    await waitFor(
      `message ${n} to be stored`,
      async () => {
        const ack = await js.publish(subject, JSON.stringify({ n }), { msgID: `check-${n}`, timeout: 1_000 });
        return ack.seq > 0;
      },
      { timeoutMs: 15_000, intervalMs: 200 },
    );
  }
}

/**
 * Reads and acks from the shared durable consumer until every message `from`..`to`-1 has
 * come; returns their numbers. Delivery is at least once: a message whose ack was lost in a
 * leader change comes again (counted once), and one acked just before the leader was
 * killed may come again in the next read — such a redelivery must be of an earlier message,
 * never one not yet published.
 */
async function readAll(js: JetStreamClient, streamName: string, from: number, to: number): Promise<number[]> {
  const seen = new Set<number>();
  await waitFor(
    `messages ${from}..${to - 1} to be read`,
    async () => {
      const consumer = await js.consumers.get(streamName, CONSUMER);
      const batch = await consumer.fetch({ max_messages: to - from, expires: 1_000 });
      for await (const msg of batch) {
        const { n } = msg.json() as { n: number };
        if (n >= to) throw new Error(`message ${n} read before it was published`);
        if (n >= from) seen.add(n);
        await msg.ackAck();
      }
      return seen.size >= to - from;
    },
    { timeoutMs: 15_000, intervalMs: 200 },
  );
  return [...seen].sort((a, b) => a - b);
}

async function deleteStream(jsm: JetStreamManager, name: string): Promise<void> {
  await jsm.streams.delete(name).catch(() => undefined);
}
