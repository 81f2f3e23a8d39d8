import { describeServiceConfig } from '@scn/testing';
import { applicationsConfigSchema } from './config';

describeServiceConfig('applications', applicationsConfigSchema, {
  extraDefaults: { EVENT_MAX_DELIVERIES: 5, OUTBOX_POLL_MS: 1_000, RECOMMENDATION_LINK_TTL_S: 2_592_000, GUARDIAN_CONSENT_LINK_TTL_S: 1_209_600 },
  badValues: [
    ['EVENT_CONCURRENCY', '0'],
    ['LINK_SIGNING_SECRET', 'short'],
  ],
});
