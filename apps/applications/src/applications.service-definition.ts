import type { ServiceDefinition } from '@scn/messaging';
import { applicationsConfigSchema } from './config';
import { ApplicationsModule } from './applications.module';

/** How the applications service starts (used by main.ts and by the tests that boot it). */
export const applicationsService: ServiceDefinition<typeof applicationsConfigSchema> = {
  service: 'applications',
  configSchema: applicationsConfigSchema,
  rootModule: (config, logger) => ApplicationsModule.forRoot(config, logger),
  rpc: true,
  events: true,
};
