import { announcementBodySchema } from '@scn/contracts/notifications/deliveries.rpc';
import { z } from 'zod';

/**
 * The API's own rules for an announcement (title and body lengths, single-line title),
 * with the two choices the API defaults made explicit: the form always shows them.
 */
export const announcementFormSchema = announcementBodySchema.extend({
  audience: z.enum(['everyone', 'staff']),
  webhooks: z.boolean(),
});
export type AnnouncementForm = z.infer<typeof announcementFormSchema>;

export const EMPTY_ANNOUNCEMENT: AnnouncementForm = { title: '', body: '', audience: 'everyone', webhooks: true };
