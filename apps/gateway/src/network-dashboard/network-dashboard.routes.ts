import {
  applicationFunnelSchema,
  deliveryCountsSchema,
  exchangeProgramStatusCountsSchema,
  memberProgramStandingCountsSchema,
  NETWORK_COUNTS_PROBLEMS,
} from '@scn/contracts';
import { z } from 'zod';
import { defineRoute } from '../http/route-declaration';
import { SERVICE_PROBLEMS } from '../http/service-problems';

const count = z.int().min(0);
const byStatus = { proposed: count, active: count, suspended: count };

/** Staff's network dashboard: each figure counted where its rows live, gathered in one answer. */
export const networkDashboardSchema = z
  .object({
    partnerships: z.object({
      byStatus: z.object({ ...byStatus, terminated: count }),
      byCountry: z
        .array(z.object({ countryCode: z.string().length(2), ...byStatus }))
        .describe('Partnerships not terminated by the partner city’s country, most first'),
      regionsOf: z.string().length(2).nullable().describe('The member cities’ country whose regions `byRegion` counts: the one with most member cities'),
      byRegion: z
        .array(z.object({ regionCode: z.string().nullable(), ...byStatus }))
        .describe('Partnerships not terminated by the member city’s region (a US state) in `regionsOf`, most first'),
    }),
    memberPrograms: memberProgramStandingCountsSchema,
    exchangePrograms: exchangeProgramStatusCountsSchema,
    applications: applicationFunnelSchema,
    failedDeliveries: count,
    deadLetters: count.describe('Messages consumers gave up on, waiting for a replay'),
    queues: deliveryCountsSchema.shape.queues,
    generatedAt: z.iso.datetime(),
  })
  .meta({ id: 'NetworkDashboard' });
export type NetworkDashboard = z.infer<typeof networkDashboardSchema>;

export const NETWORK_DASHBOARD_ROUTES = {
  get: defineRoute({
    operationId: 'getNetworkDashboard',
    method: 'GET',
    path: '/v1/admin/dashboard',
    summary:
      'The network in figures for staff: partnerships by status, partner country and member region; member programs in good standing; ' +
      'exchange programs by status; the applications funnel; failed deliveries, dead letters and queue depths. Partnership figures ' +
      'come from the directory’s statistics and may be up to 30 s old.',
    tag: 'admin',
    access: { kind: 'roles', roles: ['network-staff'] },
    response: networkDashboardSchema,
    errors: [NETWORK_COUNTS_PROBLEMS.staffOnly, ...SERVICE_PROBLEMS],
  }),
};
