import { commonConfigShape, databaseShape, httpPortShape, messagingConfigShape } from '@scn/platform';
import { z } from 'zod';

/** Every variable the gateway reads (documented in docs/configuration.md). */
export const gatewayConfigSchema = z.object({
  ...commonConfigShape,
  ...httpPortShape('gateway'),
  ...databaseShape('gateway'),
  OUTBOX_POLL_MS: messagingConfigShape.OUTBOX_POLL_MS,
  OUTBOX_BATCH_SIZE: messagingConfigShape.OUTBOX_BATCH_SIZE,
  RPC_TIMEOUT_MS: z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(100, 'must be at least 100')
    .max(120_000, 'must be at most 120000')
    .default(5_000),
});
export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;
