import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { components } from '../../api/api-types.generated';
import { api, unwrap } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import type { StaffProgramsSearch } from './staff-search';

// What the staff pages read. Keys start with 'staff' so that a change (a program saved, a
// reviewer assigned, a run committed) invalidates what shows it.

export type ManagedProgram = components['schemas']['ExchangeProgram'];
export type Candidate = components['schemas']['Candidate'];
export type MatchingRun = components['schemas']['MatchingRun'];
export type MatchingOutcome = components['schemas']['MatchingOutcome'];

const PAGE = 25;

/** The programs the caller manages, newest first, one cursor page after another. */
export const managedProgramsQuery = (filters: StaffProgramsSearch) =>
  infiniteQueryOptions({
    queryKey: ['staff', 'programs', 'list', filters],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      unwrap(await api.GET('/v1/manage/exchange-programs', { params: { query: { ...filters, limit: PAGE, cursor: pageParam } }, signal })),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

/** Programs to choose from in a picker (review, matching): the newest hundred are plenty for one network. */
export const programChoicesQuery = (season?: number) =>
  queryOptions({
    queryKey: ['staff', 'programs', 'choices', season ?? null],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/v1/manage/exchange-programs', { params: { query: { limit: 100, ...(season ? { season } : {}) } }, signal })),
  });

export const managedProgramQuery = (exchangeProgramId: string) =>
  queryOptions({
    queryKey: ['staff', 'programs', 'one', exchangeProgramId],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/v1/manage/exchange-programs/{exchangeProgramId}', { params: { path: { exchangeProgramId } }, signal })),
  });

/**
 * What applying to a program requires (documents, questionnaire, referees), or null while the
 * applications service does not know the program (REQUIREMENTS.PROGRAM_NOT_FOUND: it learns
 * a program from the exchanges service's events once published), asked again until it does.
 */
export const managedRequirementsQuery = (exchangeProgramId: string) =>
  queryOptions({
    queryKey: ['staff', 'programs', 'requirements', exchangeProgramId],
    queryFn: async ({ signal }) => {
      try {
        return unwrap(
          await api.GET('/v1/manage/exchange-programs/{exchangeProgramId}/application-requirements', { params: { path: { exchangeProgramId } }, signal }),
        );
      } catch (error) {
        if (error instanceof ApiProblem && error.code === 'REQUIREMENTS.PROGRAM_NOT_FOUND') return null;
        throw error;
      }
    },
    refetchInterval: (query) => (query.state.data === null ? 3_000 : false),
  });

/** Active partnerships: a program is created under one. */
export const activePartnershipsQuery = () =>
  queryOptions({
    queryKey: ['staff', 'partnerships', 'active'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/v1/partnerships', { params: { query: { status: 'active', limit: 100 } }, signal })),
  });

export const candidatesQuery = (exchangeProgramId: string) =>
  infiniteQueryOptions({
    queryKey: ['staff', 'review', exchangeProgramId, 'candidates'],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/v1/manage/exchange-programs/{exchangeProgramId}/candidates', {
          params: { path: { exchangeProgramId }, query: { limit: PAGE, cursor: pageParam } },
          signal,
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

/** The program's rubric, or null while it has none (REVIEW.NO_RUBRIC). */
export const rubricQuery = (exchangeProgramId: string) =>
  queryOptions({
    queryKey: ['staff', 'review', exchangeProgramId, 'rubric'],
    queryFn: async ({ signal }) => {
      try {
        return unwrap(await api.GET('/v1/manage/exchange-programs/{exchangeProgramId}/rubric', { params: { path: { exchangeProgramId } }, signal }));
      } catch (error) {
        if (error instanceof ApiProblem && error.code === 'REVIEW.NO_RUBRIC') return null;
        throw error;
      }
    },
  });

/** Active accounts holding the reviewer role (staff only: the API lists accounts to network staff). */
export const reviewerAccountsQuery = () =>
  queryOptions({
    queryKey: ['staff', 'reviewers'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/v1/accounts', { params: { query: { role: 'reviewer', status: 'active', limit: 100 } }, signal })),
  });

export const matchingRunQuery = (runId: string) =>
  queryOptions({
    queryKey: ['staff', 'matching', runId],
    queryFn: async ({ signal }) => unwrap(await api.GET('/v1/manage/matching-runs/{runId}', { params: { path: { runId } }, signal })),
  });

export const matchingOutcomesQuery = (runId: string, filter: { placed?: 'yes' | 'no'; program?: string }) =>
  infiniteQueryOptions({
    queryKey: ['staff', 'matching', runId, 'outcomes', filter],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/v1/manage/matching-runs/{runId}/outcomes', {
          params: {
            path: { runId },
            query: { limit: PAGE, cursor: pageParam, ...(filter.placed ? { placed: filter.placed === 'yes' ? ('true' as const) : ('false' as const) } : {}), ...(filter.program ? { exchangeProgramId: filter.program } : {}) },
          },
          signal,
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
