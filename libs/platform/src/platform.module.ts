import {
  Global,
  Inject,
  Injectable,
  Module,
  type BeforeApplicationShutdown,
  type DynamicModule,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { CLOCK, systemClock } from './clock/clock';
import { AllExceptionsFilter } from './errors/all-exceptions.filter';
import type { Logger } from 'pino';
import { HealthController } from './health/health.controller';
import { ReadinessService } from './health/readiness.service';
import { Metrics } from './metrics/metrics';
import { MetricsController } from './metrics/metrics.controller';

export const CONFIG = Symbol('CONFIG');
export const ROOT_LOGGER = Symbol('ROOT_LOGGER');
export const SERVICE_NAME = Symbol('SERVICE_NAME');

export interface PlatformModuleOptions {
  service: string;
  config: object;
  logger: Logger;
  /** Serve /healthz, /readyz and /metrics (false for processes without HTTP). */
  healthEndpoints?: boolean;
}

/** Says when a service begins and ends its graceful shutdown. */
@Injectable()
class LifecycleLogger implements BeforeApplicationShutdown, OnApplicationShutdown {
  constructor(@Inject(ROOT_LOGGER) private readonly logger: Logger) {}

  beforeApplicationShutdown(signal?: string): void {
    this.logger.info({ signal }, 'shutting down: draining consumers and in-flight work');
  }

  onApplicationShutdown(signal?: string): void {
    this.logger.info({ signal }, 'stopped');
  }
}

/** Configuration, logging and health, shared by every service. */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformModuleOptions): DynamicModule {
    return {
      module: PlatformModule,
      controllers: options.healthEndpoints === false ? [] : [HealthController, MetricsController],
      providers: [
        { provide: CONFIG, useValue: options.config },
        { provide: ROOT_LOGGER, useValue: options.logger },
        { provide: SERVICE_NAME, useValue: options.service },
        { provide: CLOCK, useValue: systemClock },
        { provide: ReadinessService, useFactory: () => new ReadinessService(options.service) },
        // One registry per application, so several services in one process never collide.
        { provide: Metrics, useFactory: () => new Metrics(options.service) },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
        LifecycleLogger,
      ],
      exports: [CONFIG, ROOT_LOGGER, SERVICE_NAME, CLOCK, ReadinessService, Metrics],
    };
  }
}
