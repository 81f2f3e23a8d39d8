import { Global, Injectable, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { Tracing } from './tracing';

/** Flushes the spans still buffered when the service stops — last, after its consumers and relay. */
@Injectable()
class TracingShutdown implements OnApplicationShutdown {
  constructor(private readonly tracing: Tracing) {}

  async onApplicationShutdown(): Promise<void> {
    await this.tracing.shutdown();
  }
}

/** Makes the service's `Tracing` injectable (the RPC client, the outbox and its relay take it). */
@Global()
@Module({})
export class TracingModule {
  static forRoot(tracing: Tracing): DynamicModule {
    return {
      module: TracingModule,
      providers: [{ provide: Tracing, useValue: tracing }, TracingShutdown],
      exports: [Tracing],
    };
  }
}
