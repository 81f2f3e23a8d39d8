import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { ApiProblem } from '../../api/problem';

// What the applicant's pages read. Keys start with 'me' so that signing out, or an inbox
// event about an application, can invalidate them together.

/** The profile, or null while the applicant has none yet (the API's APPLICANT.NO_PROFILE). */
export const profileQuery = () =>
  queryOptions({
    queryKey: ['me', 'profile'],
    queryFn: async ({ signal }) => {
      try {
        return unwrap(await api.GET('/v1/me/applicant-profile', { signal }));
      } catch (error) {
        if (error instanceof ApiProblem && error.code === 'APPLICANT.NO_PROFILE') return null;
        throw error;
      }
    },
  });

export const myApplicationsQuery = () =>
  queryOptions({
    queryKey: ['me', 'applications'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/v1/me/applications', { signal })),
  });

export const checklistQuery = (applicationId: string) =>
  queryOptions({
    queryKey: ['me', 'applications', applicationId, 'checklist'],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/v1/me/applications/{applicationId}/checklist', { params: { path: { applicationId } }, signal })),
  });

export const requirementsQuery = (exchangeProgramId: string) =>
  queryOptions({
    queryKey: ['programs', 'requirements', exchangeProgramId],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/v1/exchange-programs/{exchangeProgramId}/application-requirements', { params: { path: { exchangeProgramId } }, signal }),
      ),
  });

export const answersQuery = (applicationId: string, exchangeProgramId: string) =>
  queryOptions({
    queryKey: ['me', 'applications', applicationId, 'answers', exchangeProgramId],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/v1/me/applications/{applicationId}/answers/{exchangeProgramId}', {
          params: { path: { applicationId, exchangeProgramId } },
          signal,
        }),
      ),
  });

/** Programs open for applications (the catalogue's first pages are enough to choose up to ten). */
export const openProgramsQuery = () =>
  queryOptions({
    queryKey: ['programs', 'open-for-applying'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/v1/exchange-programs', { params: { query: { limit: 100 } }, signal })),
  });
