import { DEFAULT_HTTP_PORTS, DEFAULT_NAMESPACE, namespaceSchema, type ServiceName } from '@scn/contracts';
import { z } from 'zod';

const urlWithProtocols = (protocols: string[]) =>
  z.string().refine(
    (value) => {
      try {
        return protocols.includes(new URL(value).protocol.replace(/:$/, ''));
      } catch {
        return false;
      }
    },
    { message: `must be a URL with scheme ${protocols.map((p) => `${p}://`).join(' or ')}` },
  );

/** A whole number in [min, max], read from an environment string. */
export const integer = (min: number, max: number) =>
  z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);

/** A comma-separated list of NATS URLs (a cluster's seed servers). */
const natsServers = z
  .string()
  .transform((value) => value.split(',').map((s) => s.trim()))
  .pipe(z.array(urlWithProtocols(['nats', 'tls'])).min(1));

/**
 * OpenTelemetry traces: exported over OTLP/HTTP only when an endpoint is given (the
 * standard variable names, so collectors' documentation applies as written).
 */
function tracingConfigShape() {
  return {
    OTEL_EXPORTER_OTLP_ENDPOINT: urlWithProtocols(['http', 'https']).optional(),
    OTEL_SDK_DISABLED: z
      .enum(['true', 'false'], { message: 'must be true or false' })
      .default('false')
      .transform((value) => value === 'true'),
  };
}

/** Variables every service reads. The defaults run the platform on one developer machine. */
export const commonConfigShape = {
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SCN_NAMESPACE: namespaceSchema.default(DEFAULT_NAMESPACE),
  NATS_URL: natsServers.default(['nats://127.0.0.1:4222']),
  // Copies of each JetStream stream the service creates: 1 on one server, 3 on a cluster
  // (a quorum of 2 survives the loss of a node). More than the cluster's nodes is refused
  // by the server when the stream is created, so a bad value stops the service at start.
  NATS_STREAM_REPLICAS: integer(1, 5).default(1),
  SHUTDOWN_TIMEOUT_MS: integer(1_000, 600_000).default(25_000),
  ...tracingConfigShape(),
};

/** Tuning of event consumption and publication (services that own a database). */
export const messagingConfigShape = {
  EVENT_MAX_DELIVERIES: integer(1, 100).default(5),
  EVENT_RETRY_BASE_MS: integer(10, 600_000).default(1_000),
  EVENT_RETRY_MAX_MS: integer(10, 3_600_000).default(60_000),
  EVENT_CONCURRENCY: integer(1, 1_000).default(4),
  // At most 64: each event of a one-event handler runs behind a savepoint of the batch's
  // transaction, and past 64 subtransactions in one transaction PostgreSQL's cache of them
  // (PGPROC_MAX_CACHED_SUBXIDS) overflows: every session's visibility checks then go through
  // pg_subtrans, a cliff for the whole database while the batch is open.
  EVENT_BATCH_SIZE: integer(1, 64).default(32),
  EVENT_HANDLER_TIMEOUT_MS: integer(100, 600_000).default(15_000),
  OUTBOX_POLL_MS: integer(10, 60_000).default(1_000),
  OUTBOX_BATCH_SIZE: integer(1, 5_000).default(200),
  // After a wake-up the relay waits this long before claiming, so the commits of a busy
  // stretch go out in one pass (0: at once; the notifications service sets its own default).
  OUTBOX_LINGER_MS: integer(0, 1_000).default(0),
};

export const httpPortShape = (service: ServiceName) => ({
  HTTP_PORT: integer(0, 65_535).default(DEFAULT_HTTP_PORTS[service]),
});

export const databaseShape = (service: ServiceName) => ({
  DATABASE_URL: urlWithProtocols(['postgres', 'postgresql']).default(
    `postgresql://postgres@127.0.0.1:5432/scn_${service}`,
  ),
  DATABASE_POOL_SIZE: integer(1, 500).default(10),
  DATABASE_TX_MAX_WAIT_MS: integer(100, 600_000).default(10_000),
});

export const redisShape = {
  REDIS_URL: urlWithProtocols(['redis', 'rediss']).default('redis://127.0.0.1:6379'),
};

export const smtpShape = {
  SMTP_URL: urlWithProtocols(['smtp', 'smtps']).default('smtp://127.0.0.1:1025'),
};

/** The configuration every back-end service (one with its own database) starts from. */
export function backendServiceConfigSchema(service: ServiceName) {
  return z.object({ ...commonConfigShape, ...messagingConfigShape, ...httpPortShape(service), ...databaseShape(service) });
}

export type CommonConfig = z.infer<z.ZodObject<typeof commonConfigShape>>;
export type BackendServiceConfig = z.infer<ReturnType<typeof backendServiceConfigSchema>>;
