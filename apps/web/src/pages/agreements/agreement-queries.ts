import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

// What the pages of a partnership's parties read (the partner city's contacts, the member
// program's admins): the same API, each caller seeing their own. Keys start with
// 'agreements' so that an approval invalidates every list and page that shows it. The other
// side changes a partnership too (an ending proposed, a version signed), which no
// invalidation here learns of: a list or page opened again is read again at once
// (`staleTime: 0`; what was read before shows meanwhile), so a card saying an ending awaits
// the viewer never opens onto a page that has not heard of it.

const PAGE_SIZE = 25;
const firstPage = undefined as string | undefined;
const nextCursor = (page: { nextCursor: string | null }) => page.nextCursor ?? undefined;

/** The caller's partnerships, newest first; `awaitingApprovalBy`: only those waiting for that side (a signature, or an ending to approve). */
export const partnershipsQuery = (awaitingApprovalBy?: 'member' | 'partner') =>
  infiniteQueryOptions({
    queryKey: ['agreements', 'list', awaitingApprovalBy ?? 'all'],
    staleTime: 0,
    initialPageParam: firstPage,
    getNextPageParam: nextCursor,
    queryFn: async ({ pageParam, signal }) =>
      unwrap(await api.GET('/v1/partnerships', { params: { query: { awaitingApprovalBy, limit: PAGE_SIZE, cursor: pageParam } }, signal })),
  });

export const partnershipQuery = (partnershipId: string) =>
  queryOptions({
    queryKey: ['agreements', 'partnership', partnershipId],
    staleTime: 0,
    queryFn: async ({ signal }) => unwrap(await api.GET('/v1/partnerships/{partnershipId}', { params: { path: { partnershipId } }, signal })),
  });

export const partnershipHistoryQuery = (partnershipId: string) =>
  infiniteQueryOptions({
    queryKey: ['agreements', 'partnership', partnershipId, 'history'],
    initialPageParam: firstPage,
    getNextPageParam: nextCursor,
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/v1/partnerships/{partnershipId}/history', {
          params: { path: { partnershipId }, query: { limit: PAGE_SIZE, cursor: pageParam } },
          signal,
        }),
      ),
  });
