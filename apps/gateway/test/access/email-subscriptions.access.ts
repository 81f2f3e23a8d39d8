import type { AccessRows } from './access-row';

/**
 * Who may call the unsubscribe routes (operationId → access): people without an account,
 * by their email's signed link (the token is the permission), so they are public.
 */
export const emailSubscriptionsAccess: AccessRows = {
  getEmailSubscriptions: 'public',
  updateEmailSubscriptions: 'public',
  unsubscribeOneClick: 'public',
};
