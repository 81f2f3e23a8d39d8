import { INBOX_PROBLEMS as P, inboxItemSchema, inboxPageSchema, listInboxQuerySchema } from '@scn/contracts';
import { z } from 'zod';
import { defineRoute } from '../../http/route-declaration';
import { SERVICE_PROBLEMS } from '../../http/service-problems';

const TAG = 'inbox';
const SIGNED_IN = { kind: 'authenticated' } as const;

export const INBOX_ROUTES = {
  list: defineRoute({
    operationId: 'listMyNotifications',
    method: 'GET',
    path: '/v1/me/notifications',
    summary: 'Your in-app notifications: unread first, newest first, with the number unread',
    tag: TAG,
    access: SIGNED_IN,
    query: listInboxQuerySchema,
    response: inboxPageSchema,
    errors: [P.noAccount, ...SERVICE_PROBLEMS],
    forward: { service: 'notifications', operation: 'inbox.list' },
  }),
  markRead: defineRoute({
    operationId: 'markMyNotificationRead',
    method: 'POST',
    path: '/v1/me/notifications/:notificationId/read',
    summary: 'Mark one of your notifications read',
    tag: TAG,
    access: SIGNED_IN,
    params: z.object({ notificationId: z.uuid({ message: 'must be a UUID' }) }).strict(),
    response: inboxItemSchema,
    errors: [P.notFound, P.noAccount, ...SERVICE_PROBLEMS],
    forward: { service: 'notifications', operation: 'inbox.mark-read' },
  }),
  markAllRead: defineRoute({
    operationId: 'markAllMyNotificationsRead',
    method: 'POST',
    path: '/v1/me/notifications/read-all',
    summary: 'Mark all your notifications read',
    tag: TAG,
    access: SIGNED_IN,
    response: z.object({ marked: z.int().min(0) }),
    errors: [P.noAccount, ...SERVICE_PROBLEMS],
    forward: { service: 'notifications', operation: 'inbox.mark-all-read' },
  }),
  stream: defineRoute({
    operationId: 'streamMyNotifications',
    method: 'GET',
    path: '/v1/me/notifications/stream',
    summary:
      'Server-Sent Events: each new notification of yours as an `event: notification` whose data is an InboxItem (JSON), ' +
      'a comment line every 25 s to keep the connection open. Live only: after reconnecting, read what you missed from /v1/me/notifications.',
    tag: TAG,
    access: SIGNED_IN,
    responseContentType: 'text/event-stream',
    errors: [...SERVICE_PROBLEMS],
  }),
};
