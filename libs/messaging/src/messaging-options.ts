import type { ServiceName } from '@scn/contracts';
import type { BackendServiceConfig } from '@scn/platform';
import type { MessagingModuleOptions } from './messaging.module';

/** Messaging options of a back-end service, from its validated configuration. */
export function backendMessagingOptions(service: ServiceName, config: BackendServiceConfig): MessagingModuleOptions {
  return {
    service,
    namespace: config.SCN_NAMESPACE,
    natsServers: config.NATS_URL,
    outbox: {
      databaseUrl: config.DATABASE_URL,
      batchSize: config.OUTBOX_BATCH_SIZE,
      pollMs: config.OUTBOX_POLL_MS,
      lingerMs: config.OUTBOX_LINGER_MS,
    },
    serveReadiness: true,
    streamReplicas: config.NATS_STREAM_REPLICAS,
  };
}
