import { EMAIL_SUBSCRIPTION_PROBLEMS as P, emailSubscriptionsBodySchema, emailSubscriptionsSchema, emailSubscriptionTokenSchema } from '@scn/contracts';
import { z } from 'zod';
import { defineRoute } from '../http/route-declaration';
import { SERVICE_PROBLEMS } from '../http/service-problems';

// Unsubscribing without an account (issue #15): the listed contacts of partnerships and
// member programs reach these by the signed link of their emails (the token is the
// permission). The one-click POST has a controller: its body is a form (RFC 8058).

const TAG = 'notifications';
const PUBLIC = { kind: 'public' } as const;
const NO_STORE = { 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' } as const;
const LINK_PROBLEMS = [P.invalidLink, P.expiredLink, ...SERVICE_PROBLEMS];

/** RFC 8058's body, `List-Unsubscribe=One-Click`, or nothing: some mail clients send none. */
const oneClickBody = z
  .custom<Buffer>((value) => Buffer.isBuffer(value) && value.toString('latin1').trim() === 'List-Unsubscribe=One-Click', {
    message: 'must be List-Unsubscribe=One-Click',
  })
  .meta({ override: { type: 'string', example: 'List-Unsubscribe=One-Click' } })
  .optional();

export const EMAIL_SUBSCRIPTION_ROUTES = {
  get: defineRoute({
    operationId: 'getEmailSubscriptions',
    method: 'GET',
    path: '/v1/email-subscriptions/:token',
    summary: 'By the unsubscribe link of an email: which categories that address gets by email',
    tag: TAG,
    access: PUBLIC,
    params: emailSubscriptionTokenSchema,
    response: emailSubscriptionsSchema,
    secretPath: true,
    responseHeaders: NO_STORE,
    errors: LINK_PROBLEMS,
    forward: { service: 'notifications', operation: 'email-subscriptions.get' },
  }),
  update: defineRoute({
    operationId: 'updateEmailSubscriptions',
    method: 'PUT',
    path: '/v1/email-subscriptions/:token',
    summary: 'By the unsubscribe link of an email: choose which categories that address still gets (critical messages always come)',
    tag: TAG,
    access: PUBLIC,
    params: emailSubscriptionTokenSchema,
    body: emailSubscriptionsBodySchema,
    response: emailSubscriptionsSchema,
    secretPath: true,
    responseHeaders: NO_STORE,
    errors: LINK_PROBLEMS,
    forward: { service: 'notifications', operation: 'email-subscriptions.update' },
  }),
  oneClick: defineRoute({
    operationId: 'unsubscribeOneClick',
    method: 'POST',
    path: '/v1/email-subscriptions/:token/unsubscribe',
    summary:
      'One-click unsubscribe (RFC 8058): the `List-Unsubscribe` address of an email, POSTed by the mail client with the form body ' +
      '`List-Unsubscribe=One-Click`. Stops every category by email; critical messages still come.',
    tag: TAG,
    access: PUBLIC,
    params: emailSubscriptionTokenSchema,
    body: oneClickBody,
    bodyContentType: 'application/x-www-form-urlencoded',
    response: emailSubscriptionsSchema,
    secretPath: true,
    responseHeaders: NO_STORE,
    errors: LINK_PROBLEMS,
  }),
} as const;
