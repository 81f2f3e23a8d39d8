import { z } from 'zod';

/** One dependency's state in a readiness report. */
export const dependencyStatusSchema = z.object({
  status: z.enum(['up', 'down']),
  message: z.string().optional(),
});

/** A service's readiness: `ready` only when every dependency is up. */
export const readinessReportSchema = z.object({
  service: z.string(),
  status: z.enum(['ready', 'not-ready']),
  dependencies: z.record(z.string(), dependencyStatusSchema),
  /** The gateway's report also shows each service behind it (informative: the gateway can
   * still serve the routes of the services that are up). */
  services: z.record(z.string(), dependencyStatusSchema).optional(),
});
export type ReadinessReport = z.infer<typeof readinessReportSchema>;
export type DependencyStatus = z.infer<typeof dependencyStatusSchema>;
