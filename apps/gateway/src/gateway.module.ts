import { Module, type DynamicModule } from '@nestjs/common';
import { PrismaClient } from '@scn-prisma/gateway';
import { MessagingModule } from '@scn/messaging';
import { DatabaseModule, PlatformModule } from '@scn/platform';
import type { Logger } from 'pino';
import type { GatewayConfig } from './config';
import { GatewayHealthController } from './health/gateway-health.controller';

/** Root module of the gateway: the platform's only HTTP entry. */
@Module({})
export class GatewayModule {
  static forRoot(config: GatewayConfig, logger: Logger): DynamicModule {
    return {
      module: GatewayModule,
      imports: [
        PlatformModule.forRoot({ service: 'gateway', config, logger, healthEndpoints: false }),
        DatabaseModule.forRoot(PrismaClient),
        MessagingModule.forRoot({
          service: 'gateway',
          namespace: config.SCN_NAMESPACE,
          natsServers: config.NATS_URL,
          outbox: { databaseUrl: config.DATABASE_URL, batchSize: config.OUTBOX_BATCH_SIZE, pollMs: config.OUTBOX_POLL_MS },
          rpcTimeoutMs: config.RPC_TIMEOUT_MS,
        }),
      ],
      controllers: [GatewayHealthController],
    };
  }
}
