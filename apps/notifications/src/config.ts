import { backendServiceConfigSchema, integer, redisShape, smtpShape } from '@scn/platform';
import { z } from 'zod';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Works out of the box on a developer machine only: refused in production. */
export const DEVELOPMENT_UNSUBSCRIBE_SECRET = 'development-only-unsubscribe-signing-secret-change-me';

/** Every variable the notifications service reads (documented in docs/configuration.md). */
export const notificationsConfigSchema = backendServiceConfigSchema('notifications').extend({
  ...redisShape,
  ...smtpShape,
  /** The From of every email. */
  EMAIL_FROM: z.string().trim().min(3, 'must be an address such as "Name <no-reply@example.org>"').default('Sister City Network <no-reply@scn.local>'),
  /** Connections the SMTP pool keeps open. */
  SMTP_POOL_SIZE: integer(1, 100).default(5),
  /** Emails, inbox items and digests one replica delivers at a time. */
  DELIVERY_CONCURRENCY: integer(1, 1_000).default(32),
  /** Webhooks one replica delivers at a time: their own slots, so slow receivers never hold up the emails. */
  WEBHOOK_DELIVERY_CONCURRENCY: integer(1, 1_000).default(32),
  /** Tries of one notification before it is failed (the first one included). */
  DELIVERY_MAX_ATTEMPTS: integer(1, 50).default(15),
  /** First retry delay; each retry doubles it (with jitter), up to DELIVERY_BACKOFF_MAX_MS. */
  DELIVERY_BACKOFF_BASE_MS: integer(10, 3_600_000).default(5_000),
  DELIVERY_BACKOFF_MAX_MS: integer(10, 7 * DAY_MS).default(6 * 60 * 60 * 1000),
  /** How long a webhook receiver may take to answer. */
  WEBHOOK_TIMEOUT_MS: integer(100, 120_000).default(10_000),
  /** An endpoint failing every delivery this long is disabled (its owner is told). */
  WEBHOOK_DISABLE_AFTER_MS: integer(1_000, 90 * DAY_MS).default(5 * DAY_MS),
  /** How often queued notifications and changed reminders are looked for (a NOTIFY wakes it sooner). */
  DISPATCH_POLL_MS: integer(10, 60_000).default(1_000),
  /** How often PostgreSQL and Redis are compared besides at start-up (0: only at start-up). */
  RECONCILE_INTERVAL_MS: integer(0, DAY_MS).default(5 * 60 * 1000),
  /**
   * The relay's wait after a wake-up (see docs/configuration.md). Here 30 ms: every batch of
   * deliveries commits its `notification.delivered` events, and one relay pass per batch cost
   * a tenth of a fan-out's CPU (issue #16); nobody waits on those events within milliseconds.
   */
  OUTBOX_LINGER_MS: integer(0, 1_000).default(30),
  /** Local hour (0–23, in the recipient's time zone) the daily digest goes out. */
  DIGEST_HOUR: integer(0, 23).default(8),
  /** Base of the unsubscribe links in emails to people without an account (the gateway's public address). */
  PUBLIC_WEB_URL: z.url({ message: 'must be a URL' }).default('http://localhost:3000'),
  /** Key of the HMAC that signs unsubscribe links (only this service verifies them). */
  UNSUBSCRIBE_SIGNING_SECRET: z.string().min(32, 'must be at least 32 characters').default(DEVELOPMENT_UNSUBSCRIBE_SECRET),
  /** How long an email's unsubscribe link works (default a year: old emails get read and acted on late). */
  UNSUBSCRIBE_LINK_TTL_S: integer(86_400, 3 * 365 * 86_400).default(365 * 86_400),
}).superRefine((config, ctx) => {
  if (config.NODE_ENV === 'production' && config.UNSUBSCRIBE_SIGNING_SECRET === DEVELOPMENT_UNSUBSCRIBE_SECRET) {
    ctx.addIssue({ code: 'custom', path: ['UNSUBSCRIBE_SIGNING_SECRET'], message: 'must be set to a secret of your own in production' });
  }
});
export type NotificationsConfig = z.infer<typeof notificationsConfigSchema>;
