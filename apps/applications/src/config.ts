import { backendServiceConfigSchema } from '@scn/platform';
import type { z } from 'zod';

/** Every variable the applications service reads (documented in docs/configuration.md). */
export const applicationsConfigSchema = backendServiceConfigSchema('applications');
export type ApplicationsConfig = z.infer<typeof applicationsConfigSchema>;
