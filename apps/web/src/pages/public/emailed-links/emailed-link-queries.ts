import { queryOptions } from '@tanstack/react-query';
import { bareClient, unwrap } from '../../../api/client';

// What the pages of the applications service's emailed links read: by the link's token,
// without an account (the bare client: a referee or a guardian is not signed in here). A
// refused token (invalid, expired, replaced) is a 404 problem, shown at once.

export const recommendationRequestQuery = (token: string) =>
  queryOptions({
    queryKey: ['recommendation', token],
    queryFn: async ({ signal }) =>
      unwrap(
        await bareClient.GET('/v1/recommendations/{token}', {
          params: { path: { token } },
          signal,
        }),
      ),
  });

export const guardianConsentRequestQuery = (token: string) =>
  queryOptions({
    queryKey: ['guardian-consent', token],
    queryFn: async ({ signal }) =>
      unwrap(
        await bareClient.GET('/v1/guardian-consents/{token}', {
          params: { path: { token } },
          signal,
        }),
      ),
  });
