import { z } from 'zod';
import type { RpcOperation } from '../rpc/rpc-operation';
import { CONTRACT_RULES, ruleIssue } from '../http/zod-violation';

// A person's notification preferences (issue #6): per category and channel opt-outs,
// quiet hours in their time zone, and (staff) a daily digest instead of single emails.

/**
 * Categories of notifications one can opt out of (`account` is critical: always on).
 * `applications`: an applicant's messages about their own applications (issue #13); its
 * critical ones (decision released, offer made) come whatever is chosen.
 */
export const NOTIFICATION_PREFERENCE_CATEGORIES = ['partnerships', 'membership', 'exchanges', 'applications', 'reminders', 'webhooks', 'announcements'] as const;
export const CRITICAL_CATEGORIES = ['account'] as const;

export const PREFERENCES_PROBLEMS = {
  digestStaffOnly: { code: 'PREFERENCES.DIGEST_STAFF_ONLY', status: 403, description: 'The daily digest is offered to network staff only.' },
} as const;

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time such as 22:00');
const timeZone = z
  .string()
  .min(1)
  .max(100)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, ruleIssue(CONTRACT_RULES.timeZone, 'must be an IANA time zone such as Europe/Paris'));

const channelChoice = z
  .object({
    category: z.enum(NOTIFICATION_PREFERENCE_CATEGORIES),
    email: z.boolean(),
    inbox: z.boolean(),
  })
  .strict();

export const notificationPreferencesBodySchema = z
  .object({
    /** Your time zone: quiet hours and the digest follow it. */
    timeZone: timeZone.nullable(),
    /** Email waits while these local hours last (start later than end spans midnight); null: none. */
    quietHours: z.object({ start: clockTime, end: clockTime }).strict().nullable(),
    /** `daily`: non-critical emails gathered into one each morning (staff only). */
    digest: z.enum(['off', 'daily']),
    /** One entry per category to set; categories left out stay as they are. */
    channels: z.array(channelChoice).max(NOTIFICATION_PREFERENCE_CATEGORIES.length),
  })
  .strict()
  .meta({ id: 'NotificationPreferencesUpdate' });

export const notificationPreferencesSchema = z
  .object({
    timeZone: z.string().nullable(),
    quietHours: z.object({ start: z.string(), end: z.string() }).nullable(),
    digest: z.enum(['off', 'daily']),
    /** Every category with its channels (true: on). */
    channels: z.array(z.object({ category: z.string(), email: z.boolean(), inbox: z.boolean() })),
    /** Categories that cannot be turned off. */
    alwaysOn: z.array(z.string()),
  })
  .meta({ id: 'NotificationPreferences' });
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;

export const preferencesOperations = {
  'preferences.get': { request: z.object({}).strict(), response: notificationPreferencesSchema },
  'preferences.update': { request: notificationPreferencesBodySchema, response: notificationPreferencesSchema },
} satisfies Record<string, RpcOperation>;
