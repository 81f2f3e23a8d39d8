import { queryOptions, infiniteQueryOptions } from '@tanstack/react-query';
import type { components } from '../../api/api-types.generated';
import { api, unwrap } from '../../api/client';

// What the reviewer's pages read; keys start with 'review' so a score saved refreshes both.

export type ReadingSummary = components['schemas']['ReviewAssignment'];
export type ReadingDetail = components['schemas']['ReviewAssignmentDetail'];
export type ReadingState = ReadingSummary['state'];

export const readingsQuery = (state: ReadingState | undefined) =>
  infiniteQueryOptions({
    queryKey: ['review', 'readings', state ?? 'all'],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      unwrap(await api.GET('/v1/review/assignments', { params: { query: { limit: 25, cursor: pageParam, ...(state ? { state } : {}) } }, signal })),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

export const readingQuery = (applicationId: string, exchangeProgramId: string) =>
  queryOptions({
    queryKey: ['review', 'reading', applicationId, exchangeProgramId],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/v1/review/assignments/{applicationId}/{exchangeProgramId}', { params: { path: { applicationId, exchangeProgramId } }, signal })),
  });

/**
 * Who the reader sees: in a blind round only the API's anonymous label (it sends no name),
 * otherwise the name it sends. Never more than the API returned.
 */
export function readerApplicantName(applicant: ReadingSummary['applicant']): string {
  if (applicant.blind) return applicant.label;
  const name = [applicant.givenName, applicant.familyName].filter(Boolean).join(' ');
  return name || applicant.label;
}
