import { z } from 'zod';
import { applicantsOperations } from '../applications/applicants.rpc';
import { applicationsOperations } from '../applications/applications.rpc';
import { reviewOperations } from '../applications/review.rpc';
import { documentsOperations } from '../applications/documents.rpc';
import { guardianConsentOperations } from '../applications/guardian-consent.rpc';
import { matchingOperations } from '../applications/matching.rpc';
import { nominationsOperations } from '../applications/nominations.rpc';
import { applicantDataOperations } from '../applications/privacy.rpc';
import { recommendationsOperations } from '../applications/recommendations.rpc';
import { requirementsOperations } from '../applications/requirements.rpc';
import { exchangeProgramsOperations } from '../exchanges/exchange-programs.rpc';
import { exchangeProgramStatisticsOperations } from '../exchanges/program-statistics.rpc';
import { deliveriesOperations } from '../notifications/deliveries.rpc';
import { inboxOperations } from '../notifications/inbox.rpc';
import { preferencesOperations } from '../notifications/preferences.rpc';
import { emailSubscriptionsOperations } from '../notifications/email-subscriptions.rpc';
import { programInterestsOperations } from '../notifications/program-interests.rpc';
import { webhookEndpointsOperations } from '../notifications/webhook-endpoints.rpc';
import { citiesOperations } from '../partnerships/cities.rpc';
import { directoryOperations } from '../partnerships/directory.rpc';
import { directoryMapOperations } from '../partnerships/directory-map.rpc';
import { importsOperations } from '../partnerships/imports.rpc';
import { memberProgramsOperations } from '../partnerships/member-programs.rpc';
import { partnershipsOperations } from '../partnerships/partnerships.rpc';
import { readinessReportSchema } from './health';
import { networkCountsOperations } from './network-counts.rpc';
import type { RpcOperation } from './rpc-operation';

export type { RpcOperation } from './rpc-operation';

/**
 * Every request/reply operation, addressed as `<ns>.rpc.<service>.<operation>`: the ones
 * every service serves, then each context's commands and queries (declared beside their
 * schemas). Operation names are unique across services.
 */
export const rpcOperations = {
  'health.ready': { request: z.object({}).strict(), response: readinessReportSchema },
  ...citiesOperations,
  ...memberProgramsOperations,
  ...partnershipsOperations,
  ...directoryOperations,
  ...directoryMapOperations,
  ...importsOperations,
  ...exchangeProgramsOperations,
  ...exchangeProgramStatisticsOperations,
  ...applicantsOperations,
  ...applicationsOperations,
  ...reviewOperations,
  ...requirementsOperations,
  ...documentsOperations,
  ...recommendationsOperations,
  ...guardianConsentOperations,
  ...matchingOperations,
  ...nominationsOperations,
  ...applicantDataOperations,
  ...webhookEndpointsOperations,
  ...inboxOperations,
  ...preferencesOperations,
  ...emailSubscriptionsOperations,
  ...programInterestsOperations,
  ...deliveriesOperations,
  ...networkCountsOperations,
} satisfies Record<string, RpcOperation>;

export type RpcOperationName = keyof typeof rpcOperations;
/** What a caller sends: the request before parsing (defaults may be left out). */
export type RpcRequest<O extends RpcOperationName> = z.input<(typeof rpcOperations)[O]['request']>;
/** What a handler receives: the request as the RPC server parsed it, defaults applied. */
export type RpcParsedRequest<O extends RpcOperationName> = z.output<(typeof rpcOperations)[O]['request']>;
/** What a caller gets back: the reply as its schema parsed it. */
export type RpcResponse<O extends RpcOperationName> = z.infer<(typeof rpcOperations)[O]['response']>;
/** What a handler may answer: anything the reply's schema accepts (the caller parses it). */
export type RpcAnswer<O extends RpcOperationName> = z.input<(typeof rpcOperations)[O]['response']>;
