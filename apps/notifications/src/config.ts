import { backendServiceConfigSchema, redisShape, smtpShape } from '@scn/platform';
import type { z } from 'zod';

/** Every variable the notifications service reads (documented in docs/configuration.md). */
export const notificationsConfigSchema = backendServiceConfigSchema('notifications').extend({
  ...redisShape,
  ...smtpShape,
});
export type NotificationsConfig = z.infer<typeof notificationsConfigSchema>;
