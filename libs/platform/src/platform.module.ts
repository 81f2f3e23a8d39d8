import { Global, Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AllExceptionsFilter } from './errors/all-exceptions.filter';
import type { Logger } from 'pino';
import { HealthController } from './health/health.controller';
import { ReadinessService } from './health/readiness.service';

export const CONFIG = Symbol('CONFIG');
export const ROOT_LOGGER = Symbol('ROOT_LOGGER');
export const SERVICE_NAME = Symbol('SERVICE_NAME');

export interface PlatformModuleOptions {
  service: string;
  config: object;
  logger: Logger;
  /** Serve /healthz and /readyz (false for processes without HTTP). */
  healthEndpoints?: boolean;
}

/** Configuration, logging and health, shared by every service. */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformModuleOptions): DynamicModule {
    return {
      module: PlatformModule,
      controllers: options.healthEndpoints === false ? [] : [HealthController],
      providers: [
        { provide: CONFIG, useValue: options.config },
        { provide: ROOT_LOGGER, useValue: options.logger },
        { provide: SERVICE_NAME, useValue: options.service },
        { provide: ReadinessService, useFactory: () => new ReadinessService(options.service) },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
      ],
      exports: [CONFIG, ROOT_LOGGER, SERVICE_NAME, ReadinessService],
    };
  }
}
