import { z } from 'zod';
import { singleLineText, multiLineText } from '../http/text';
import { pageOf, pageQueryShape } from '../http/pagination';
import type { RpcOperation } from '../rpc/rpc-operation';

// The delivery log for network staff (issue #6): every notification with its status and
// each try, the failed ones, replay; and network-wide announcements.

const uuid = z.uuid({ message: 'must be a UUID' });

export const NOTIFICATION_CHANNELS = ['email', 'webhook', 'inbox'] as const;
export const NOTIFICATION_STATUSES = ['queued', 'sent', 'delivered', 'failed', 'filtered', 'cancelled'] as const;

export const DELIVERY_PROBLEMS = {
  staffOnly: { code: 'NOTIFICATION.STAFF_ONLY', status: 403, description: 'Only network staff see the delivery log and send announcements (a partner contact replays their own endpoints’ deliveries).' },
  notFound: { code: 'NOTIFICATION.NOT_FOUND', status: 404, description: 'No such notification.' },
  notReplayable: {
    code: 'NOTIFICATION.NOT_REPLAYABLE',
    status: 409,
    description: 'Only a failed notification can be replayed (the message says what state it is in).',
  },
} as const;

export const deliveryAttemptSchema = z.object({
  attempt: z.int(),
  outcome: z.enum(['sent', 'delivered', 'retrying', 'failed']),
  error: z.string().nullable(),
  responseStatus: z.int().nullable(),
  durationMs: z.int(),
  startedAt: z.iso.datetime(),
});

export const notificationRecordSchema = z
  .object({
    id: uuid,
    type: z.string(),
    category: z.string(),
    channel: z.enum(NOTIFICATION_CHANNELS),
    status: z.enum(NOTIFICATION_STATUSES),
    statusReason: z.string().nullable(),
    critical: z.boolean(),
    language: z.string(),
    title: z.string(),
    /** The person it is for (email and inbox). */
    recipient: z.object({ id: uuid, email: z.string(), accountId: z.string().nullable() }).nullable(),
    /** The webhook endpoint it is for. */
    endpointId: uuid.nullable(),
    sourceKey: z.string(),
    attempts: z.int(),
    notBefore: z.iso.datetime().nullable(),
    deliveredAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'NotificationRecord' });

export const notificationDetailSchema = notificationRecordSchema
  .extend({ payload: z.record(z.string(), z.unknown()), tries: z.array(deliveryAttemptSchema) })
  .meta({ id: 'NotificationDetail' });

export const listNotificationsQuerySchema = z
  .object({
    ...pageQueryShape,
    status: z.enum(NOTIFICATION_STATUSES).optional(),
    channel: z.enum(NOTIFICATION_CHANNELS).optional(),
    type: singleLineText({ min: 1, max: 100 }).optional(),
    recipientEmail: singleLineText({ min: 1, max: 254 }).optional(),
    endpointId: uuid.optional(),
  })
  .strict();

export const ANNOUNCEMENT_AUDIENCES = ['everyone', 'staff'] as const;

export const announcementBodySchema = z
  .object({
    title: singleLineText({ min: 1, max: 200 }),
    body: multiLineText({ min: 1, max: 5_000 }),
    /** Who is told: everyone the network knows, or its staff. */
    audience: z.enum(ANNOUNCEMENT_AUDIENCES).default('everyone'),
    /** Also post it to every network webhook endpoint and partner-city endpoint wanting announcements. */
    webhooks: z.boolean().default(true),
  })
  .strict()
  .meta({ id: 'Announcement' });

export const announcementResultSchema = z.object({
  announcementId: uuid,
  /** Notifications made (people × channels, endpoints). */
  notifications: z.int(),
});

/** How many of an announcement's notifications are in each status (one per person and channel, and per endpoint). */
export const announcementCountsSchema = z
  .object({
    total: z.int(),
    queued: z.int(),
    sent: z.int(),
    delivered: z.int(),
    failed: z.int(),
    filtered: z.int(),
    cancelled: z.int(),
  })
  .meta({ id: 'AnnouncementNotificationCounts' });
export type AnnouncementCounts = z.infer<typeof announcementCountsSchema>;

/** An announcement sent, with where its notifications stand. */
export const announcementRecordSchema = z
  .object({
    id: uuid,
    title: z.string(),
    body: z.string(),
    /** Null on announcements sent before the audience was kept. */
    audience: z.enum(ANNOUNCEMENT_AUDIENCES).nullable(),
    /** Whether it was posted to webhook endpoints too (null: sent before this was kept). */
    webhooks: z.boolean().nullable(),
    /** The staff account that sent it, and its email then (null on announcements sent before they were kept). */
    sentBy: z.string().nullable(),
    sentByEmail: z.string().nullable(),
    sentAt: z.iso.datetime(),
    notifications: announcementCountsSchema,
  })
  .meta({ id: 'AnnouncementRecord' });
export type AnnouncementRecord = z.infer<typeof announcementRecordSchema>;

/** Query of `GET /v1/announcements`: a page of the announcements sent, newest first. */
export const listAnnouncementsQuerySchema = z.object({ ...pageQueryShape }).strict();

export const deliveriesOperations = {
  'notifications.list': { request: listNotificationsQuerySchema, response: pageOf(notificationRecordSchema) },
  'notifications.get': { request: z.object({ notificationId: uuid }).strict(), response: notificationDetailSchema },
  'notifications.replay': { request: z.object({ notificationId: uuid }).strict(), response: notificationRecordSchema },
  'announcements.send': { request: announcementBodySchema, response: announcementResultSchema },
  /** The announcements sent, newest first, each with its notifications counted by status. */
  'announcements.list': { request: listAnnouncementsQuerySchema, response: pageOf(announcementRecordSchema) },
} satisfies Record<string, RpcOperation>;
