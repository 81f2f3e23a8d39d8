import { z } from 'zod';
import { defineRoute } from '../http/route-declaration';
import { accountViewSchema } from './infra/account.views';
import { IDENTITY_PROBLEMS as P } from './domain/identity.errors';
import { acceptedSchema, actionTokenSchema, displayNameSchema, emailSchema, languageSchema, passwordSchema, tokensResponseSchema } from './transport/identity.schemas';

const refreshBody = z.object({ refreshToken: z.string().min(20).max(200) }).strict();

export const AUTH_ROUTES = {
  login: defineRoute({
    operationId: 'login',
    method: 'POST',
    path: '/v1/auth/login',
    summary: 'Sign in with email and password',
    tag: 'auth',
    access: { kind: 'public' },
    body: z.object({ email: emailSchema, password: z.string().min(1).max(256) }).strict(),
    response: tokensResponseSchema,
    errors: [P.invalidCredentials, P.accountLocked, P.accountNotActive],
  }),
  refresh: defineRoute({
    operationId: 'refreshTokens',
    method: 'POST',
    path: '/v1/auth/refresh',
    summary: 'Trade a refresh token for new tokens (the old one stops working)',
    tag: 'auth',
    access: { kind: 'public' },
    body: refreshBody,
    response: tokensResponseSchema,
    errors: [P.refreshTokenInvalid, P.refreshTokenReused, P.sessionRevoked, P.accountNotActive],
  }),
  logout: defineRoute({
    operationId: 'logout',
    method: 'POST',
    path: '/v1/auth/logout',
    summary: 'End the session of a refresh token',
    tag: 'auth',
    access: { kind: 'public' },
    body: refreshBody,
    status: 204,
  }),
  register: defineRoute({
    operationId: 'registerApplicant',
    method: 'POST',
    path: '/v1/auth/register',
    summary: 'Sign up as an applicant; a verification link is emailed',
    tag: 'auth',
    access: { kind: 'public' },
    body: z
      .object({ email: emailSchema, password: passwordSchema, displayName: displayNameSchema, language: languageSchema })
      .strict(),
    response: acceptedSchema,
    status: 202,
  }),
  verifyEmail: defineRoute({
    operationId: 'verifyEmail',
    method: 'POST',
    path: '/v1/auth/verify-email',
    summary: 'Confirm an email address with the emailed token; the account becomes active',
    tag: 'auth',
    access: { kind: 'public' },
    body: z.object({ token: actionTokenSchema }).strict(),
    response: accountViewSchema,
    errors: [P.actionTokenInvalid],
  }),
  requestPasswordReset: defineRoute({
    operationId: 'requestPasswordReset',
    method: 'POST',
    path: '/v1/auth/password-reset',
    summary: 'Email a password-reset link (the answer is the same for unknown emails)',
    tag: 'auth',
    access: { kind: 'public' },
    body: z.object({ email: emailSchema }).strict(),
    response: acceptedSchema,
    status: 202,
  }),
  confirmPasswordReset: defineRoute({
    operationId: 'confirmPasswordReset',
    method: 'POST',
    path: '/v1/auth/password-reset/confirm',
    summary: 'Set a new password with the emailed token; every session is ended',
    tag: 'auth',
    access: { kind: 'public' },
    body: z.object({ token: actionTokenSchema, password: passwordSchema }).strict(),
    status: 204,
    errors: [P.actionTokenInvalid],
  }),
  acceptInvitation: defineRoute({
    operationId: 'acceptInvitation',
    method: 'POST',
    path: '/v1/auth/invitations/accept',
    summary: 'Accept an invitation by choosing a password; the account becomes active',
    tag: 'auth',
    access: { kind: 'public' },
    body: z.object({ token: actionTokenSchema, password: passwordSchema }).strict(),
    response: accountViewSchema,
    errors: [P.actionTokenInvalid],
  }),
} as const;
