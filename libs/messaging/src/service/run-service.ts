import 'reflect-metadata';
import type { DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { domainEvents, type ServiceName } from '@scn/contracts';
import {
  answerClientError,
  answerFrameworkError,
  ConfigError,
  createRootLogger,
  DATABASE,
  DATABASE_POOL,
  installRequestContext,
  loadConfig,
  Metrics,
  ReadinessService,
  routeLabel,
  NestPinoLogger,
  PoolTransactions,
  requestIdFrom,
  startTracing,
  TracingModule,
  type CommonConfig,
} from '@scn/platform';
import type { Pool } from 'pg';
import type { Logger } from 'pino';
import type { z } from 'zod';
import { JetStreamEventServer } from '../jetstream/jetstream-event.server';
import { ManagedNatsConnection } from '../nats/nats-connection';
import { NatsRpcServer } from '../rpc/nats-rpc.server';
import type { TransactionalClient } from '../sql-client';

/** Event-consumer tuning read from the messaging config variables. */
interface ConsumerTuning {
  EVENT_MAX_DELIVERIES: number;
  EVENT_RETRY_BASE_MS: number;
  EVENT_RETRY_MAX_MS: number;
  EVENT_CONCURRENCY: number;
  EVENT_BATCH_SIZE: number;
  EVENT_HANDLER_TIMEOUT_MS: number;
}

export interface ServiceDefinition<S extends z.ZodObject> {
  service: ServiceName;
  configSchema: S;
  rootModule: (config: z.infer<S>, logger: Logger) => DynamicModule;
  /** Serve request/reply operations (`@OnRpc`). */
  rpc: boolean;
  /** Consume domain events (`@OnEvent`) with the service's database as inbox. */
  events: boolean;
  /** Largest accepted HTTP body (default 1 MiB). */
  bodyLimitBytes?: (config: z.infer<S>) => number;
  /** Whether the service sits behind a proxy whose X-Forwarded-For names the client. */
  trustProxy?: (config: z.infer<S>) => boolean;
  /** Adds HTTP plugins and hooks (security headers, rate limits, audit…) before the routes are registered. */
  prepareHttp?: (app: NestFastifyApplication, config: z.infer<S>) => Promise<void>;
}

/** What a test (never the environment) adds to a service it starts. */
export interface ServiceRuntimeOptions {
  /** Span processors beside the OTLP exporter's: a test's in-memory exporter turns tracing on without a collector. */
  spanProcessors?: readonly SpanProcessor[];
}

export interface RunningService {
  app: NestFastifyApplication;
  url: string;
  logger: Logger;
}

/**
 * Starts a service: validates its configuration (or exits naming each bad variable),
 * wires logs, HTTP health, request/reply and event transports, and graceful shutdown.
 */
export async function startService<S extends z.ZodObject>(
  definition: ServiceDefinition<S>,
  env: NodeJS.ProcessEnv = process.env,
  runtime: ServiceRuntimeOptions = {},
): Promise<RunningService> {
  const config = loadConfig(definition.service, definition.configSchema, env) as z.infer<S> &
    CommonConfig & { HTTP_PORT: number };
  const logger = createRootLogger({ service: definition.service, level: config.LOG_LEVEL });
  const adapter = new FastifyAdapter({
    bodyLimit: definition.bodyLimitBytes?.(config) ?? 1_048_576,
    trustProxy: definition.trustProxy?.(config) ?? false,
    genReqId: (request: { headers: Record<string, string | string[] | undefined> }) => requestIdFrom(request.headers),
    // Refusals made before any route runs are problem documents too.
    frameworkErrors: answerFrameworkError,
    clientErrorHandler: answerClientError,
  });
  // Spans continue the traceparent that the message context carries; flushed on stop (TracingModule).
  const tracing = startTracing(definition.service, config, runtime.spanProcessors);
  installRequestContext(adapter.getInstance(), tracing);
  const root = definition.rootModule(config, logger);
  const app = await NestFactory.create<NestFastifyApplication>({ ...root, imports: [...(root.imports ?? []), TracingModule.forRoot(tracing)] }, adapter, {
    logger: new NestPinoLogger(logger),
    abortOnError: false,
    // Fastify's own JSON parser is enough: Nest's would add form-encoded bodies, which no route takes.
    bodyParser: false,
  });
  const metrics = app.get(Metrics);
  // Every answered request, by its declared route pattern (never the raw URL) and status.
  adapter.getInstance().addHook('onResponse', async (request, reply) => {
    metrics.httpRequestDuration
      .labels({ method: request.method, route: routeLabel(request.routeOptions.url), status: String(reply.statusCode) })
      .observe(reply.elapsedTime / 1_000);
  });
  await definition.prepareHttp?.(app, config);
  const connection = app.get(ManagedNatsConnection);
  // Ready only once every transport listens — the request/reply subscription, each event
  // consumer, HTTP — and the NATS server holds the subscriptions: until then health.ready
  // answers not-ready, so a replica that is (re)starting is not sent work it cannot take.
  let listening = false;
  app.get(ReadinessService).register('transports', async () => (listening ? { status: 'up' } : { status: 'down', message: 'starting: not every transport listens yet' }));
  const drainTimeoutMs = Math.floor(config.SHUTDOWN_TIMEOUT_MS * 0.8);
  const namespace = config.SCN_NAMESPACE;
  if (definition.rpc) {
    app.connectMicroservice(
      { strategy: new NatsRpcServer({ service: definition.service, namespace, connection, logger, drainTimeoutMs, metrics, tracing }) },
      { inheritAppConfig: true },
    );
  }
  if (definition.events) {
    const tuning = config as unknown as ConsumerTuning;
    app.connectMicroservice(
      {
        strategy: new JetStreamEventServer({
          service: definition.service,
          namespace,
          connection,
          db: app.get<TransactionalClient>(DATABASE),
          // The same connections as the Prisma client's: `sqlOnly` handlers run their transactions there.
          sqlDb: new PoolTransactions(app.get<Pool>(DATABASE_POOL)),
          catalogue: domainEvents,
          logger: logger.child({ component: 'events' }),
          maxDeliveries: tuning.EVENT_MAX_DELIVERIES,
          retryBaseMs: tuning.EVENT_RETRY_BASE_MS,
          retryMaxMs: tuning.EVENT_RETRY_MAX_MS,
          handlerTimeoutMs: tuning.EVENT_HANDLER_TIMEOUT_MS,
          concurrency: tuning.EVENT_CONCURRENCY,
          batchSize: tuning.EVENT_BATCH_SIZE,
          drainTimeoutMs,
          streamReplicas: config.NATS_STREAM_REPLICAS,
          metrics,
          tracing,
        }),
      },
      { inheritAppConfig: true },
    );
  }
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  await app.startAllMicroservices();
  await app.listen(config.HTTP_PORT, '0.0.0.0');
  await connection.nc.flush();
  listening = true;
  const url = await app.getUrl();
  logger.info({ url, namespace }, `${definition.service} started`);
  return { app, url, logger };
}

/** Entry point of a service process: starts it, or exits with a clear message. */
export function runService<S extends z.ZodObject>(definition: ServiceDefinition<S>): void {
  startService(definition).catch((error: unknown) => {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
    } else {
      process.stderr.write(`${definition.service} failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
    }
    process.exit(1);
  });
}
