import { backendServiceConfigSchema, integer } from '@scn/platform';
import type { z } from 'zod';

/** Every variable the exchanges service reads (documented in docs/configuration.md). */
export const exchangesConfigSchema = backendServiceConfigSchema('exchanges').extend({
  WINDOW_TICK_MS: integer(100, 3_600_000).default(10_000),
});
export type ExchangesConfig = z.infer<typeof exchangesConfigSchema>;
