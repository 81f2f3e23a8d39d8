import { z } from 'zod';
import { pageOf, pageQueryShape } from '../http/pagination';
import type { RpcOperation } from '../rpc/rpc-operation';

// The in-app inbox (issue #6): what the gateway serves at /v1/me/notifications. The
// account is always the caller's (from the Scn-Caller header), never a request field.

const uuid = z.uuid({ message: 'must be a UUID' });

export const INBOX_PROBLEMS = {
  notFound: { code: 'NOTIFICATION.NOT_FOUND', status: 404, description: 'No such notification in your inbox.' },
  noAccount: { code: 'NOTIFICATION.NO_ACCOUNT', status: 403, description: 'Only a signed-in account has an inbox.' },
} as const;

/** One notification in an inbox; also the data of each Server-Sent Event of the live stream. */
export const inboxItemSchema = z
  .object({
    id: uuid,
    type: z.string(),
    category: z.string(),
    title: z.string(),
    body: z.string(),
    /** The facts the notification was made from (ids, dates, names). */
    data: z.record(z.string(), z.unknown()),
    createdAt: z.iso.datetime(),
    readAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'InboxItem' });
export type InboxItem = z.infer<typeof inboxItemSchema>;

export const listInboxQuerySchema = z
  .object({
    ...pageQueryShape,
    /** Only unread notifications. */
    unread: z.enum(['true', 'false']).optional(),
  })
  .strict();

export const inboxPageSchema = pageOf(inboxItemSchema).extend({ unreadCount: z.int().min(0) });

/** Request/reply operations of the notifications service: the caller's inbox. */
export const inboxOperations = {
  'inbox.list': { request: listInboxQuerySchema, response: inboxPageSchema },
  'inbox.mark-read': { request: z.object({ notificationId: uuid }).strict(), response: inboxItemSchema },
  'inbox.mark-all-read': { request: z.object({}).strict(), response: z.object({ marked: z.int().min(0) }) },
} satisfies Record<string, RpcOperation>;
