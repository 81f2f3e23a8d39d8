import { z } from 'zod';
import { EXCHANGE_PROGRAM_STATUSES } from '../exchanges/exchange-programs.rpc';
import type { CallerIdentity } from '../identity/roles';
import type { RpcOperation } from './rpc-operation';

// The counts behind staff's network dashboard (`GET /v1/admin/dashboard`): each service
// counts its own rows in SQL and answers one small object; the gateway puts them together.
// Every count is network-wide, so only network staff may ask.

export const NETWORK_COUNTS_PROBLEMS = {
  staffOnly: { code: 'DASHBOARD.STAFF_ONLY', status: 403, description: 'The network’s figures are for network staff.' },
} as const;

/** Whether the caller may read network-wide counts. */
export const isNetworkStaff = (caller: CallerIdentity | undefined): boolean => caller?.grants.some((grant) => grant.role === 'network-staff') ?? false;

const count = z.int().min(0);
const noInput = z.object({}).strict();

export const memberProgramStandingCountsSchema = z
  .object({ total: count, inGoodStanding: count })
  .meta({ id: 'MemberProgramStandingCounts', description: 'Member programs, and those in good standing (members with dues paid through the current year).' });

export const exchangeProgramStatusCountsSchema = z
  .object(Object.fromEntries(EXCHANGE_PROGRAM_STATUSES.map((status) => [status, count])) as Record<(typeof EXCHANGE_PROGRAM_STATUSES)[number], typeof count>)
  .meta({ id: 'ExchangeProgramStatusCounts', description: 'Exchange programs by status.' });

export const applicationFunnelSchema = z
  .object({
    submitted: count.describe('Applications ever submitted (withdrawn ones included)'),
    reviewed: count.describe('Submitted applications with at least one scored review of a choice'),
    placed: count.describe('Applications a committed matching run placed in a program'),
    accepted: count.describe('Placed applicants who accepted their offer'),
  })
  .meta({ id: 'ApplicationFunnel' });

export const deliveryCountsSchema = z
  .object({
    failedDeliveries: count.describe('Notifications whose delivery failed for good (replayable from the delivery log)'),
    queues: z.array(
      z.object({ name: z.string(), waiting: count, active: count, delayed: count, prioritized: count, failed: count }).meta({ id: 'QueueDepth' }),
    ),
  })
  .meta({ id: 'DeliveryCounts' });

/** Request/reply operations of the network dashboard, one per service that holds the rows. */
export const networkCountsOperations = {
  /** partnerships service */
  'member-programs.standing-counts': { request: noInput, response: memberProgramStandingCountsSchema },
  /** exchanges service */
  'exchange-programs.status-counts': { request: noInput, response: exchangeProgramStatusCountsSchema },
  /** applications service */
  'applications.funnel-counts': { request: noInput, response: applicationFunnelSchema },
  /** notifications service */
  'notifications.delivery-counts': { request: noInput, response: deliveryCountsSchema },
} satisfies Record<string, RpcOperation>;
