import type { Account, RoleGrant as GrantRowRecord } from '@scn-prisma/gateway';
import { roleGrantSchema } from '@scn/contracts';
import { z } from 'zod';
import { grantsFromRows } from './account-grants';

/** An account as the API shows it: never its password hash or lock-out counters. */
export const accountViewSchema = z
  .object({
    id: z.uuid(),
    email: z.email(),
    displayName: z.string(),
    language: z.string(),
    status: z.enum(['invited', 'pending_verification', 'active', 'disabled']),
    grants: z.array(roleGrantSchema),
    emailVerifiedAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Account' });
export type AccountView = z.infer<typeof accountViewSchema>;

export function toAccountView(account: Account & { grants: GrantRowRecord[] }): AccountView {
  return {
    id: account.id,
    email: account.email,
    displayName: account.displayName,
    language: account.language,
    status: account.status,
    grants: grantsFromRows(account.grants),
    emailVerifiedAt: account.emailVerifiedAt?.toISOString() ?? null,
    createdAt: account.createdAt.toISOString(),
  };
}

/** The event fields naming an account. */
export function accountRef(account: Pick<Account, 'id' | 'email' | 'displayName' | 'language'>) {
  return { accountId: account.id, email: account.email, displayName: account.displayName, language: account.language };
}
