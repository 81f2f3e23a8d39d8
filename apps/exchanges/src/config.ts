import { backendServiceConfigSchema } from '@scn/platform';
import { z } from 'zod';

/** Every variable the exchanges service reads (documented in docs/configuration.md). */
export const exchangesConfigSchema = backendServiceConfigSchema('exchanges').extend({
  WINDOW_TICK_MS: z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(100, 'must be at least 100')
    .max(3_600_000, 'must be at most 3600000')
    .default(10_000),
});
export type ExchangesConfig = z.infer<typeof exchangesConfigSchema>;
