import { backendServiceConfigSchema } from '@scn/platform';
import type { z } from 'zod';

/** Every variable the exchanges service reads (documented in docs/configuration.md). */
export const exchangesConfigSchema = backendServiceConfigSchema('exchanges');
export type ExchangesConfig = z.infer<typeof exchangesConfigSchema>;
