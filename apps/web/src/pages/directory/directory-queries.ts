import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { DirectoryQuery } from './directory-search';

// What the directory page reads, keyed by everything that changes the answer.

export const directoryPageQuery = (query: DirectoryQuery) =>
  queryOptions({
    queryKey: ['directory', 'page', query],
    queryFn: async ({ signal }) => unwrap(await api.GET('/v1/directory/partnerships', { params: { query }, signal })),
    // The table keeps the previous page on screen while the next one loads.
    placeholderData: keepPreviousData,
  });

/** Counts by country (and by region within `country`): the options of the country and region filters. */
export const directoryStatisticsQuery = (country?: string) =>
  queryOptions({
    queryKey: ['directory', 'statistics', country ?? null],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/v1/directory/statistics', { params: { query: country ? { country, status: ['active'] } : { status: ['active'] } }, signal })),
    staleTime: 5 * 60_000,
  });

export const citySearchQuery = (text: string) =>
  queryOptions({
    queryKey: ['cities', 'search', text],
    queryFn: async ({ signal }) => unwrap(await api.GET('/v1/cities', { params: { query: { q: text, limit: 10 } }, signal })),
    enabled: text.trim().length >= 2,
    staleTime: 5 * 60_000,
  });

export const cityQuery = (cityId: string | undefined) =>
  queryOptions({
    queryKey: ['cities', 'one', cityId],
    queryFn: async ({ signal }) => unwrap(await api.GET('/v1/cities/{cityId}', { params: { path: { cityId: cityId ?? '' } }, signal })),
    enabled: cityId !== undefined,
    staleTime: Infinity,
  });
