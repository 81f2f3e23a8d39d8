import { describeServiceConfig } from '@scn/testing';
import { applicationsConfigSchema } from './config';

describeServiceConfig('applications', applicationsConfigSchema, {
  extraDefaults: { EVENT_MAX_DELIVERIES: 5, OUTBOX_POLL_MS: 1_000 },
  badValues: [['EVENT_CONCURRENCY', '0']],
});
