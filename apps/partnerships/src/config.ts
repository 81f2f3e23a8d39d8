import { backendServiceConfigSchema } from '@scn/platform';
import type { z } from 'zod';

/** Every variable the partnerships service reads (documented in docs/configuration.md). */
export const partnershipsConfigSchema = backendServiceConfigSchema('partnerships');
export type PartnershipsConfig = z.infer<typeof partnershipsConfigSchema>;
