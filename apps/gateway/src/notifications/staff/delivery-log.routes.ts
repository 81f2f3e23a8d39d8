import {
  announcementBodySchema,
  announcementRecordSchema,
  announcementResultSchema,
  DELIVERY_PROBLEMS as P,
  listAnnouncementsQuerySchema,
  listNotificationsQuerySchema,
  notificationDetailSchema,
  notificationRecordSchema,
  pageOf,
  type Role,
} from '@scn/contracts';
import { z } from 'zod';
import { defineRoute } from '../../http/route-declaration';
import { SERVICE_PROBLEMS } from '../../http/service-problems';

const TAG = 'notifications';
const STAFF = { kind: 'roles', roles: ['network-staff'] as readonly Role[] } as const;
const params = z.object({ notificationId: z.uuid({ message: 'must be a UUID' }) }).strict();

/** Staff's view of what the platform told whom: the delivery log, replay (a partner contact's too, of their endpoints), announcements. */
export const DELIVERY_LOG_ROUTES = {
  list: defineRoute({
    operationId: 'listNotifications',
    method: 'GET',
    path: '/v1/notifications',
    summary: 'The delivery log: notifications newest first, by status (e.g. failed), channel, type, recipient or endpoint',
    tag: TAG,
    access: STAFF,
    query: listNotificationsQuerySchema,
    response: pageOf(notificationRecordSchema),
    errors: [...SERVICE_PROBLEMS],
    forward: { service: 'notifications', operation: 'notifications.list' },
  }),
  get: defineRoute({
    operationId: 'getNotification',
    method: 'GET',
    path: '/v1/notifications/:notificationId',
    summary: 'One notification with its facts and every delivery try (outcome, error, response status, duration)',
    tag: TAG,
    access: STAFF,
    params,
    response: notificationDetailSchema,
    errors: [P.notFound, ...SERVICE_PROBLEMS],
    forward: { service: 'notifications', operation: 'notifications.get' },
  }),
  replay: defineRoute({
    operationId: 'replayNotification',
    method: 'POST',
    path: '/v1/notifications/:notificationId/replay',
    summary:
      'Deliver a failed notification again (it is queued at once; its earlier tries stay in the log). Staff replay any; a partner contact the webhook deliveries of their cities’ endpoints (others are not found)',
    tag: TAG,
    access: { kind: 'roles', roles: ['network-staff', 'partner-contact'] as readonly Role[] },
    params,
    response: notificationRecordSchema,
    status: 202,
    errors: [P.notFound, P.notReplayable, ...SERVICE_PROBLEMS],
    forward: { service: 'notifications', operation: 'notifications.replay' },
  }),
  announcements: defineRoute({
    operationId: 'listAnnouncements',
    method: 'GET',
    path: '/v1/announcements',
    summary:
      'The announcements sent, newest first: title, text, audience, who sent it and when, and its notifications counted by ' +
      'status (queued, sent, delivered, failed, filtered, cancelled)',
    tag: TAG,
    access: STAFF,
    query: listAnnouncementsQuerySchema,
    response: pageOf(announcementRecordSchema),
    errors: [...SERVICE_PROBLEMS],
    forward: { service: 'notifications', operation: 'announcements.list' },
  }),
  announce: defineRoute({
    operationId: 'sendAnnouncement',
    method: 'POST',
    path: '/v1/announcements',
    summary: 'Tell the whole network (or its staff) something: email and inbox to each person, and webhooks',
    tag: TAG,
    access: STAFF,
    body: announcementBodySchema,
    response: announcementResultSchema,
    status: 202,
    errors: [...SERVICE_PROBLEMS],
    auditTarget: (_input, result) => (result as { announcementId?: string } | undefined)?.announcementId,
    forward: { service: 'notifications', operation: 'announcements.send', timeoutMs: 120_000 },
  }),
};
