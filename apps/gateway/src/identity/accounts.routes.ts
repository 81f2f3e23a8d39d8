import { pageOf, pageQueryShape, ROLES, singleLineText } from '@scn/contracts';
import { z } from 'zod';
import { defineRoute } from '../http/route-declaration';
import { accountViewSchema } from './infra/account.views';
import { IDENTITY_PROBLEMS as P } from './domain/identity.errors';
import { displayNameSchema, emailSchema, grantsInputSchema, languageSchema } from './transport/identity.schemas';

const accountParams = z.object({ accountId: z.uuid({ message: 'must be a UUID' }) }).strict();
const STAFF = ['network-staff'] as const;

export const ACCOUNT_ROUTES = {
  me: defineRoute({
    operationId: 'getMe',
    method: 'GET',
    path: '/v1/me',
    summary: 'The signed-in account and its roles',
    tag: 'accounts',
    access: { kind: 'authenticated' },
    response: accountViewSchema,
  }),
  list: defineRoute({
    operationId: 'listAccounts',
    method: 'GET',
    path: '/v1/accounts',
    summary: 'Accounts, filtered by role, status or email prefix',
    tag: 'accounts',
    access: { kind: 'roles', roles: STAFF },
    query: z
      .object({
        role: z.enum(ROLES).optional(),
        status: accountViewSchema.shape.status.optional(),
        email: singleLineText({ min: 1, max: 254 }).optional(),
        ...pageQueryShape,
      })
      .strict(),
    response: pageOf(accountViewSchema),
  }),
  get: defineRoute({
    operationId: 'getAccount',
    method: 'GET',
    path: '/v1/accounts/:accountId',
    summary: 'One account',
    tag: 'accounts',
    access: { kind: 'roles', roles: STAFF },
    params: accountParams,
    response: accountViewSchema,
    errors: [P.accountNotFound],
  }),
  invite: defineRoute({
    operationId: 'inviteAccount',
    method: 'POST',
    path: '/v1/accounts/invitations',
    summary: 'Invite a person by email with the roles they will hold',
    tag: 'accounts',
    access: { kind: 'roles', roles: STAFF },
    body: z
      .object({ email: emailSchema, displayName: displayNameSchema, language: languageSchema, grants: grantsInputSchema })
      .strict(),
    response: z.object({ account: accountViewSchema, expiresAt: z.iso.datetime() }),
    status: 201,
    errors: [P.emailTaken],
    auditTarget: (_input, result) => (result as { account?: { id?: string } } | undefined)?.account?.id,
  }),
  setRoles: defineRoute({
    operationId: 'setAccountRoles',
    method: 'PUT',
    path: '/v1/accounts/:accountId/roles',
    summary: 'Replace the roles of an account (effective at its next token refresh)',
    tag: 'accounts',
    access: { kind: 'roles', roles: STAFF },
    params: accountParams,
    body: z.object({ grants: grantsInputSchema }).strict(),
    response: accountViewSchema,
    errors: [P.accountNotFound, P.lastStaff],
  }),
  disable: defineRoute({
    operationId: 'disableAccount',
    method: 'POST',
    path: '/v1/accounts/:accountId/disable',
    summary: 'Disable an account and end all its sessions',
    tag: 'accounts',
    access: { kind: 'roles', roles: STAFF },
    params: accountParams,
    response: accountViewSchema,
    errors: [P.accountNotFound, P.lastStaff],
  }),
} as const;
