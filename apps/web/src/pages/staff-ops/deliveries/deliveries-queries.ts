import { queryOptions } from '@tanstack/react-query';
import type { components, operations } from '../../../api/api-types.generated';
import { api, unwrap } from '../../../api/client';
import type { DeliveriesSearch } from '../ops-search';

export type NotificationRecord = components['schemas']['NotificationRecord'];
type DeliveriesQuery = NonNullable<operations['listNotifications']['parameters']['query']>;

export const DELIVERIES_PAGE_SIZE = 25;

export function toDeliveriesQuery(search: DeliveriesSearch): DeliveriesQuery {
  const { status, channel, type, recipientEmail, cursor } = search;
  return { limit: DELIVERIES_PAGE_SIZE, ...(status && { status }), ...(channel && { channel }), ...(type && { type }), ...(recipientEmail && { recipientEmail }), ...(cursor && { cursor }) };
}

export const deliveriesQuery = (search: DeliveriesSearch) =>
  queryOptions({
    queryKey: ['staff', 'deliveries', toDeliveriesQuery(search)],
    queryFn: async ({ signal }) => unwrap(await api.GET('/v1/notifications', { params: { query: toDeliveriesQuery(search) }, signal })),
  });

/** One notification with each delivery try. */
export const deliveryQuery = (notificationId: string) =>
  queryOptions({
    queryKey: ['staff', 'deliveries', 'one', notificationId],
    queryFn: async ({ signal }) => unwrap(await api.GET('/v1/notifications/{notificationId}', { params: { path: { notificationId } }, signal })),
  });
