import { Redis } from 'ioredis';

/** The little of a logger this needs (a pino logger or `fastify.log` fits). */
export interface ProtectionLogger {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
}

/** A Redis connection for rate-limit counters, built to fail fast rather than to wait. */
export interface RateLimitRedis {
  client: Redis;
  /** Connects once; when Redis does not answer it logs and keeps retrying in the background. */
  connect(): Promise<void>;
  /** Quits the connection; safe to call more than once. */
  close(): Promise<void>;
}

export function createRateLimitRedis(url: string, logger: ProtectionLogger): RateLimitRedis {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 1_000,
    // Every request waits for its counters, so a slow Redis would slow the whole API; past
    // this the call fails and (skipOnError) the request passes uncounted.
    commandTimeout: 500,
    // No queueing or retrying of commands while disconnected: a counter that arrives late is
    // worthless, and a queue would hold requests until Redis comes back.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    // Reconnect forever in the background, backing off to one attempt every 2 s.
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
    // On close nothing is worth waiting for (at worst one counter is lost); the default 2 s
    // grace for a socket to end keeps a stopping process (or a test run) alive for nothing.
    disconnectTimeout: 100,
  });
  // One warning per outage (ioredis emits an error on every reconnect attempt), and without
  // a listener ioredis would print each one as an unhandled error event.
  let down = false;
  client.on('error', (error: Error) => {
    if (down) return;
    down = true;
    logger.warn({ err: error.message }, 'rate-limit Redis unavailable; requests pass uncounted until it is back');
  });
  client.on('ready', () => {
    if (!down) return;
    down = false;
    logger.info({}, 'rate-limit Redis is back; limits apply again');
  });

  let closing: Promise<void> | undefined;
  return {
    client,
    connect: async () => {
      await client.connect().catch(() => undefined);
    },
    close: () => {
      closing ??= client.status === 'ready' ? client.quit().then(() => undefined, () => client.disconnect()) : Promise.resolve(client.disconnect());
      return closing;
    },
  };
}
