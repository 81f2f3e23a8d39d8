import {
  Global,
  Inject,
  Injectable,
  Module,
  Optional,
  type BeforeApplicationShutdown,
  type DynamicModule,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
  type Provider,
} from '@nestjs/common';
import { domainEvents, eventStream, type EventSource, type ServiceName } from '@scn/contracts';
import { CONFIG, Metrics, ReadinessService, ROOT_LOGGER, Tracing } from '@scn/platform';
import type { Logger } from 'pino';
import { ensureStream, EVENT_STREAM_DEFAULTS, streamReplicasOf } from './jetstream/provisioning';
import { whileJetStreamStarts } from './jetstream/while-jetstream-starts';
import { ManagedNatsConnection } from './nats/nats-connection';
import { Outbox } from './outbox/outbox';
import { OutboxRelay } from './outbox/outbox-relay';
import { ReadinessRpcController } from './rpc/readiness.rpc-controller';
import { RpcClient } from './rpc/rpc-client';

export interface MessagingModuleOptions {
  service: ServiceName;
  namespace: string;
  natsServers: string[];
  /** Set for services with an outbox: the relay publishes from this database. */
  outbox?: { databaseUrl: string; batchSize: number; pollMs: number; lingerMs?: number };
  rpcTimeoutMs?: number;
  /** Answer the `health.ready` operation (services the gateway checks). */
  serveReadiness?: boolean;
  /**
   * Replicas of the event stream this process creates (`NATS_STREAM_REPLICAS`). When not
   * given, the value in the platform's validated configuration is used, else 1.
   */
  streamReplicas?: number;
}

export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');

@Injectable()
class MessagingLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  private relay?: OutboxRelay;

  constructor(
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingModuleOptions,
    private readonly connection: ManagedNatsConnection,
    private readonly outboxWriter: Outbox,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
    @Optional() @Inject(CONFIG) private readonly config?: object,
    @Optional() private readonly metrics?: Metrics,
    @Optional() private readonly tracing?: Tracing,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { outbox, namespace, service } = this.options;
    if (!outbox) return;
    // The stream must exist before the first publish, or the PubAck never comes.
    const retry = { logger: this.logger };
    const jsm = await whileJetStreamStarts('jetstream manager', () => this.connection.nc.jetstreamManager(), retry);
    const replicas = this.options.streamReplicas ?? streamReplicasOf(this.config);
    const stream = { ...eventStream(namespace, service as EventSource), ...EVENT_STREAM_DEFAULTS, replicas };
    await whileJetStreamStarts(stream.name, () => ensureStream(jsm, stream), retry);
    this.relay = new OutboxRelay({
      databaseUrl: outbox.databaseUrl,
      js: this.connection.nc.jetstream(),
      isConnected: () => this.connection.isConnected(),
      logger: this.logger.child({ component: 'outbox-relay' }),
      batchSize: outbox.batchSize,
      pollMs: outbox.pollMs,
      lingerMs: outbox.lingerMs,
      tracing: this.tracing,
    });
    const relay = this.relay;
    this.metrics?.sampleOutboxWith(() => relay.backlog());
    this.relay.start();
    // Rows this process writes wake its relay after their commit (no NOTIFY needed).
    this.outboxWriter.attachRelay(relay);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.metrics?.sampleOutboxWith(undefined);
    // From here, rows written NOTIFY again (another replica's relay may be listening).
    this.outboxWriter.attachRelay(undefined);
    await this.relay?.stop();
  }

  // Last: consumers and RPC servers have stopped, pending acks and replies are flushed.
  async onApplicationShutdown(): Promise<void> {
    await this.connection.drain();
  }
}

/** NATS connection, outbox writer and relay, request/reply client: one per process. */
@Global()
@Module({})
export class MessagingModule {
  static forRoot(options: MessagingModuleOptions): DynamicModule {
    const providers: Provider[] = [
      { provide: MESSAGING_OPTIONS, useValue: options },
      {
        provide: ManagedNatsConnection,
        inject: [ROOT_LOGGER, ReadinessService],
        useFactory: async (logger: Logger, readiness: ReadinessService) => {
          const connection = await ManagedNatsConnection.open({
            servers: options.natsServers,
            name: `${options.namespace}:${options.service}:${process.pid}`,
            logger: logger.child({ component: 'nats' }),
          });
          readiness.register('nats', () => connection.readiness());
          return connection;
        },
      },
      // Tracing is provided by startService (TracingModule); without it, spans are off.
      {
        provide: Outbox,
        inject: [{ token: Tracing, optional: true }],
        useFactory: (tracing?: Tracing) => new Outbox(options.namespace, domainEvents, undefined, tracing),
      },
      {
        provide: RpcClient,
        inject: [ManagedNatsConnection, { token: Metrics, optional: true }, { token: Tracing, optional: true }],
        useFactory: (connection: ManagedNatsConnection, metrics?: Metrics, tracing?: Tracing) =>
          new RpcClient(connection, options.namespace, options.rpcTimeoutMs ?? 5_000, metrics, tracing),
      },
      MessagingLifecycle,
    ];
    return {
      module: MessagingModule,
      controllers: options.serveReadiness ? [ReadinessRpcController] : [],
      providers,
      exports: [MESSAGING_OPTIONS, ManagedNatsConnection, Outbox, RpcClient],
    };
  }
}
