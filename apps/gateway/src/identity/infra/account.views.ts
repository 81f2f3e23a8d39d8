import type { Account, RoleGrant as GrantRowRecord } from '@scn-prisma/gateway';
import { roleGrantSchema } from '@scn/contracts';
import { z } from 'zod';
import { grantsFromRows } from '../domain/account-grants';

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

/** An account row with its role grant rows. */
export type AccountWithGrants = Account & { grants: GrantRowRecord[] };

export function toAccountView(account: AccountWithGrants): AccountView {
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
