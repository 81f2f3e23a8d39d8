import type { ServiceDefinition } from '@scn/messaging';
import { notificationsConfigSchema } from './config';
import { NotificationsModule } from './notifications.module';

/** How the notifications service starts (used by main.ts and by the tests that boot it). */
export const notificationsService: ServiceDefinition<typeof notificationsConfigSchema> = {
  service: 'notifications',
  configSchema: notificationsConfigSchema,
  rootModule: (config, logger) => NotificationsModule.forRoot(config, logger),
  rpc: true,
  events: true,
};
