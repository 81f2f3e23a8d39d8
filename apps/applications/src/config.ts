import { backendServiceConfigSchema, integer } from '@scn/platform';
import { z } from 'zod';

/** Works out of the box on a developer machine only: refused in production. */
export const DEVELOPMENT_LINK_SIGNING_SECRET = 'development-only-link-signing-secret-change-me';

/** Every variable the applications service reads (documented in docs/configuration.md). */
export const applicationsConfigSchema = backendServiceConfigSchema('applications')
  .extend({
    /** Base of the links emailed to referees and guardians. */
    PUBLIC_WEB_URL: z.url({ message: 'must be a URL' }).default('http://localhost:3000'),
    /** Key of the HMAC that signs referees' and guardians' links (only this service verifies them). */
    LINK_SIGNING_SECRET: z.string().min(32, 'must be at least 32 characters').default(DEVELOPMENT_LINK_SIGNING_SECRET),
    RECOMMENDATION_LINK_TTL_S: integer(3_600, 15_552_000).default(2_592_000),
    GUARDIAN_CONSENT_LINK_TTL_S: integer(3_600, 15_552_000).default(1_209_600),
    /** How often due decisions are released and unanswered offers lapse. */
    DECISION_TICK_MS: integer(100, 3_600_000).default(10_000),
    /** How often drafts are checked for reminders before their programs' windows close (7 and 2 days before). */
    REQUIREMENT_REMINDER_TICK_MS: integer(100, 3_600_000).default(60_000),
    /** Time to answer an offer when the program names no deadline (or it has passed: promotions from a waitlist). */
    OFFER_RESPONSE_HOURS: integer(1, 2_160).default(168),
  })
  .superRefine((config, ctx) => {
    if (config.NODE_ENV === 'production' && config.LINK_SIGNING_SECRET === DEVELOPMENT_LINK_SIGNING_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['LINK_SIGNING_SECRET'], message: 'must be set to a secret of your own in production' });
    }
  });
export type ApplicationsConfig = z.infer<typeof applicationsConfigSchema>;
