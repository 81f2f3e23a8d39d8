import { infiniteQueryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

// What the partner contact's pages read (their partnerships: agreements/agreement-queries.ts,
// shared with the program admins' pages). Keys start with 'partner' so that a change (an
// answer to a nominee, a new endpoint) invalidates what shows it. Lists are read by the
// API's cursor pages, a page at a time ("show more").

const PAGE_SIZE = 25;
const firstPage = undefined as string | undefined;
const nextCursor = (page: { nextCursor: string | null }) => page.nextCursor ?? undefined;

export const nominationsQuery = (status: 'pending' | 'accepted' | 'refused' | undefined) =>
  infiniteQueryOptions({
    queryKey: ['partner', 'nominations', status ?? 'all'],
    initialPageParam: firstPage,
    getNextPageParam: nextCursor,
    queryFn: async ({ pageParam, signal }) =>
      unwrap(await api.GET('/v1/nominations', { params: { query: { status, limit: PAGE_SIZE, cursor: pageParam } }, signal })),
  });

export const webhookEndpointsQuery = () =>
  infiniteQueryOptions({
    queryKey: ['partner', 'webhook-endpoints'],
    initialPageParam: firstPage,
    getNextPageParam: nextCursor,
    queryFn: async ({ pageParam, signal }) =>
      unwrap(await api.GET('/v1/webhook-endpoints', { params: { query: { limit: PAGE_SIZE, cursor: pageParam } }, signal })),
  });

export type WebhookDeliveryStatus = 'queued' | 'sent' | 'delivered' | 'failed' | 'filtered' | 'cancelled';

/** One endpoint's delivery log, newest first, optionally of one status. */
export const endpointDeliveriesQuery = (endpointId: string, status: WebhookDeliveryStatus | undefined) =>
  infiniteQueryOptions({
    queryKey: ['partner', 'webhook-endpoints', endpointId, 'deliveries', status ?? 'all'],
    initialPageParam: firstPage,
    getNextPageParam: nextCursor,
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/v1/webhook-endpoints/{endpointId}/deliveries', {
          params: { path: { endpointId }, query: { status, limit: PAGE_SIZE, cursor: pageParam } },
          signal,
        }),
      ),
  });
