import { describeServiceConfig } from '@scn/testing';
import { gatewayConfigSchema } from './config';

const load = describeServiceConfig('gateway', gatewayConfigSchema, {
  extraDefaults: { RPC_TIMEOUT_MS: 5_000, OUTBOX_POLL_MS: 1_000 },
  badValues: [
    ['RPC_TIMEOUT_MS', '50'],
    ['OUTBOX_BATCH_SIZE', '0'],
  ],
});

it('reads no event-consumption variables', () => {
  expect(load({ EVENT_MAX_DELIVERIES: '3' })).not.toHaveProperty('EVENT_MAX_DELIVERIES');
});
