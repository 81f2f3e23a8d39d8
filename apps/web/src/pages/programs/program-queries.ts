import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { ProgramsSearch } from './programs-search';

/** The catalogue, a cursor page at a time ("show more" asks for the next). */
export const catalogueQuery = (search: ProgramsSearch) =>
  infiniteQueryOptions({
    queryKey: ['programs', 'catalogue', search],
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/v1/exchange-programs', {
          params: { query: { ...search, limit: 20, ...(pageParam ? { cursor: pageParam } : {}) } },
          signal,
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const programQuery = (programId: string) =>
  queryOptions({
    queryKey: ['programs', 'one', programId],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/v1/exchange-programs/{exchangeProgramId}', { params: { path: { exchangeProgramId: programId } }, signal })),
  });

/** Programs by category: in the catalogue now, and held (the statistics page). */
export const programStatisticsQuery = () =>
  queryOptions({
    queryKey: ['programs', 'statistics'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/v1/exchange-programs/statistics', { signal })),
    staleTime: 5 * 60_000,
  });
