import { queryOptions } from '@tanstack/react-query';
import { bareClient, unwrap } from '../../../api/client';

/** The categories an unsubscribe link's address gets by email (no account: the bare client). */
export const emailSubscriptionsQuery = (token: string) =>
  queryOptions({
    queryKey: ['email-subscriptions', token],
    queryFn: async ({ signal }) => unwrap(await bareClient.GET('/v1/email-subscriptions/{token}', { params: { path: { token } }, signal })),
  });
