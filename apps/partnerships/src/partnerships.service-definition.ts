import type { ServiceDefinition } from '@scn/messaging';
import { partnershipsConfigSchema } from './config';
import { PartnershipsModule } from './partnerships.module';

/** How the partnerships service starts (used by main.ts and by the tests that boot it). */
export const partnershipsService: ServiceDefinition<typeof partnershipsConfigSchema> = {
  service: 'partnerships',
  configSchema: partnershipsConfigSchema,
  rootModule: (config, logger) => PartnershipsModule.forRoot(config, logger),
  rpc: true,
  events: true,
};
