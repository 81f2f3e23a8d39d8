import type { ServiceDefinition } from '@scn/messaging';
import { exchangesConfigSchema } from './config';
import { ExchangesModule } from './exchanges.module';

/** How the exchanges service starts (used by main.ts and by the tests that boot it). */
export const exchangesService: ServiceDefinition<typeof exchangesConfigSchema> = {
  service: 'exchanges',
  configSchema: exchangesConfigSchema,
  rootModule: (config, logger) => ExchangesModule.forRoot(config, logger),
  rpc: true,
  events: true,
};
