import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR, DiscoveryModule } from '@nestjs/core';
import { PrismaClient } from '@scn-prisma/gateway';
import { MessagingModule } from '@scn/messaging';
import { DatabaseModule, MetricsController, PlatformModule } from '@scn/platform';
import type { Logger } from 'pino';
import { ApplicationsGatewayModule } from './applications/applications-gateway.module';
import { AuditModule } from './audit/audit.module';
import { AccessGuard } from './authorization/access.guard';
import type { GatewayConfig } from './config';
import { DeadLettersHttpModule } from './dead-letters/dead-letters-http.module';
import { NetworkDashboardModule } from './network-dashboard/network-dashboard.module';
import { ExchangesGatewayModule } from './exchanges/exchanges-gateway.module';
import { GatewayHealthController } from './health/gateway-health.controller';
import { RouteCatalogue } from './http/route-catalogue';
import { RouteInterceptor } from './http/route.interceptor';
import { IdentityModule } from './identity/identity.module';
import { NotificationsGatewayModule } from './notifications/notifications-gateway.module';
import { WebhookEndpointsGatewayModule } from './notifications/webhook-endpoints/webhook-endpoints-gateway.module';
import { PartnershipsGatewayModule } from './partnerships/partnerships-gateway.module';
import { OpenApiController } from './openapi/openapi.controller';

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
          outbox: {
            databaseUrl: config.DATABASE_URL,
            batchSize: config.OUTBOX_BATCH_SIZE,
            pollMs: config.OUTBOX_POLL_MS,
            lingerMs: config.OUTBOX_LINGER_MS,
          },
          rpcTimeoutMs: config.RPC_TIMEOUT_MS,
        }),
        DiscoveryModule,
        IdentityModule.forRoot(config),
        AuditModule,
        DeadLettersHttpModule,
        NetworkDashboardModule,
        PartnershipsGatewayModule,
        ExchangesGatewayModule,
        ApplicationsGatewayModule,
        WebhookEndpointsGatewayModule,
        NotificationsGatewayModule,
      ],
      controllers: [GatewayHealthController, MetricsController, OpenApiController],
      providers: [
        RouteCatalogue,
        // Order matters: the guard authenticates and checks roles before the interceptor reads any input.
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_INTERCEPTOR, useClass: RouteInterceptor },
      ],
    };
  }
}
