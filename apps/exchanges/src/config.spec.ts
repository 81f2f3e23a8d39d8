import { describeServiceConfig } from '@scn/testing';
import { exchangesConfigSchema } from './config';

describeServiceConfig('exchanges', exchangesConfigSchema, {
  extraDefaults: { EVENT_MAX_DELIVERIES: 5, OUTBOX_POLL_MS: 1_000, WINDOW_TICK_MS: 10_000 },
  badValues: [
    ['EVENT_CONCURRENCY', '0'],
    ['WINDOW_TICK_MS', '50'],
  ],
});
