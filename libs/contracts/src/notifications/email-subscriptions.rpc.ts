import { z } from 'zod';
import type { RpcOperation } from '../rpc/rpc-operation';
import { signedTokenSchema } from '../applications/recommendations.rpc';
import { NOTIFICATION_PREFERENCE_CATEGORIES } from './preferences.rpc';

// Unsubscribing without an account (issue #15): the listed contacts of partnerships and
// member programs get email but have no account, hence no preferences page. Every
// non-critical email to them carries a signed link (RFC 8058 one-click, and a page to
// choose categories); the notifications service signs and verifies it.

export const EMAIL_SUBSCRIPTION_PROBLEMS = {
  invalidLink: {
    code: 'UNSUBSCRIBE.INVALID_LINK',
    status: 404,
    description: 'This unsubscribe link is not valid (mistyped, or for an address no longer known). Use the link of a recent email.',
  },
  expiredLink: {
    code: 'UNSUBSCRIBE.EXPIRED_LINK',
    status: 404,
    description: 'This unsubscribe link has expired. Use the link of a recent email.',
  },
} as const;

/** The categories listed contacts may get by email, in the order the page lists them. */
export const EMAIL_SUBSCRIPTION_CATEGORIES = NOTIFICATION_PREFERENCE_CATEGORIES.filter((category) => category !== 'webhooks');

export const emailSubscriptionTokenSchema = z.object({ token: signedTokenSchema }).strict();

export const emailSubscriptionsBodySchema = z
  .object({
    /** Every category to set (left out: unchanged); `email: false` stops that category's emails. */
    categories: z
      .array(z.object({ category: z.enum(NOTIFICATION_PREFERENCE_CATEGORIES), email: z.boolean() }).strict())
      .min(1)
      .max(NOTIFICATION_PREFERENCE_CATEGORIES.length),
  })
  .strict()
  .meta({ id: 'EmailSubscriptionsUpdate' });

export const emailSubscriptionsSchema = z
  .object({
    /** The address the link was sent to, partly hidden (`a•••@example.org`): the link may have been forwarded. */
    email: z.string(),
    categories: z.array(z.object({ category: z.string(), email: z.boolean() })),
    /** Messages that come whatever is chosen (links someone asked for, account messages). */
    alwaysSent: z.array(z.string()),
  })
  .meta({ id: 'EmailSubscriptions' });
export type EmailSubscriptions = z.infer<typeof emailSubscriptionsSchema>;

/** Request/reply operations of the notifications service: unsubscribing by an emailed link. */
export const emailSubscriptionsOperations = {
  'email-subscriptions.get': { request: emailSubscriptionTokenSchema, response: emailSubscriptionsSchema },
  'email-subscriptions.update': { request: emailSubscriptionTokenSchema.extend(emailSubscriptionsBodySchema.shape).strict(), response: emailSubscriptionsSchema },
  /** RFC 8058 one-click: every category off by email. */
  'email-subscriptions.unsubscribe-all': { request: emailSubscriptionTokenSchema, response: emailSubscriptionsSchema },
} satisfies Record<string, RpcOperation>;
