import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { operations } from '../../api/api-types.generated';
import { api, unwrap } from '../../api/client';

// What staff's pages read. Keys start with 'staff' so a change can invalidate its lists
// (a suspended partnership leaves the "active" filter, an invited account joins the pending).

export type PartnershipsQuery = NonNullable<operations['listPartnerships']['parameters']['query']>;
export type MemberProgramsQuery = NonNullable<operations['listMemberPrograms']['parameters']['query']>;
export type AccountsQuery = NonNullable<operations['listAccounts']['parameters']['query']>;

export const partnershipsQuery = (query: PartnershipsQuery) =>
  queryOptions({
    queryKey: ['staff', 'partnerships', 'list', query],
    queryFn: async ({ signal }) => unwrap(await api.GET('/v1/partnerships', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });

export const partnershipQuery = (partnershipId: string) =>
  queryOptions({
    queryKey: ['staff', 'partnerships', 'one', partnershipId],
    queryFn: async ({ signal }) => unwrap(await api.GET('/v1/partnerships/{partnershipId}', { params: { path: { partnershipId } }, signal })),
  });

export const partnershipHistoryQuery = (partnershipId: string, cursor: string | undefined) =>
  queryOptions({
    queryKey: ['staff', 'partnerships', 'one', partnershipId, 'history', cursor ?? null],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/v1/partnerships/{partnershipId}/history', {
          params: { path: { partnershipId }, query: { limit: 25, ...(cursor ? { cursor } : {}) } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });

export const memberProgramsQuery = (query: MemberProgramsQuery) =>
  queryOptions({
    queryKey: ['staff', 'member-programs', 'list', query],
    queryFn: async ({ signal }) => unwrap(await api.GET('/v1/member-programs', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });

export const memberProgramQuery = (memberProgramId: string) =>
  queryOptions({
    queryKey: ['staff', 'member-programs', 'one', memberProgramId],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/v1/member-programs/{memberProgramId}', { params: { path: { memberProgramId } }, signal })),
  });

export const accountsQuery = (query: AccountsQuery) =>
  queryOptions({
    queryKey: ['staff', 'accounts', 'list', query],
    queryFn: async ({ signal }) => unwrap(await api.GET('/v1/accounts', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
