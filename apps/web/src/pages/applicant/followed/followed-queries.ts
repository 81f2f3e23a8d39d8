import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';

// Following exchange programs: the API's notifications service keeps who follows what.
// Keys start with 'me' so that signing out drops them with the applicant's other reads.

/** Whether the signed-in person follows one program. */
export const interestQuery = (exchangeProgramId: string) =>
  queryOptions({
    queryKey: ['me', 'followed-programs', 'one', exchangeProgramId],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/v1/exchange-programs/{exchangeProgramId}/interest', { params: { path: { exchangeProgramId } }, signal })),
  });

/** The programs they follow, the latest followed first, a cursor page at a time ("show more"). */
export const followedProgramsQuery = () =>
  infiniteQueryOptions({
    queryKey: ['me', 'followed-programs', 'list'],
    queryFn: async ({ pageParam, signal }) =>
      unwrap(await api.GET('/v1/me/followed-programs', { params: { query: { limit: 25, ...(pageParam ? { cursor: pageParam } : {}) } }, signal })),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

/** Follows or stops following; answers what the API says now. */
export async function setFollowing(exchangeProgramId: string, follow: boolean) {
  const params = { path: { exchangeProgramId } };
  return unwrap(
    follow
      ? await api.PUT('/v1/exchange-programs/{exchangeProgramId}/interest', { params })
      : await api.DELETE('/v1/exchange-programs/{exchangeProgramId}/interest', { params }),
  );
}
