import { infiniteQueryOptions } from '@tanstack/react-query';
import type { components } from '../../../api/api-types.generated';
import { api, unwrap } from '../../../api/client';

export type AnnouncementRecord = components['schemas']['AnnouncementRecord'];

/** How many announcements a page of the list holds. */
export const ANNOUNCEMENTS_PAGE_SIZE = 20;
/** While some of a listed announcement's notifications wait in the queue, its counts are asked again this often. */
const QUEUED_POLL_MS = 5_000;

/** The announcements sent, newest first, with their notifications counted by status; "show more" pages by the API's cursor. */
export const pastAnnouncementsQuery = () =>
  infiniteQueryOptions({
    queryKey: ['staff', 'announcements', 'past'],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      unwrap(await api.GET('/v1/announcements', { params: { query: { limit: ANNOUNCEMENTS_PAGE_SIZE, cursor: pageParam } }, signal })),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    refetchInterval: (query) =>
      query.state.data?.pages.some((page) => page.items.some((item) => item.notifications.queued > 0)) ? QUEUED_POLL_MS : false,
  });
