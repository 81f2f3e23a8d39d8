import type { CallerIdentity } from '@scn/contracts';
import { z } from 'zod';
import { WebhookEndpointErrors as Errors } from './webhook-endpoint.errors';

/** An id of the uuid column `created_by` (any 8-4-4-4-12 hex, as the platform's isUuid). */
const accountIdSchema = z.guid();

/** Which endpoints a caller manages: all (network staff), or those of their partner cities. */
export interface EndpointManager {
  accountId: string;
  email: string;
  all: boolean;
  cityIds: readonly string[];
}

/**
 * The caller as a manager of endpoints, from their grants only (never from the request),
 * or undefined when they may manage none: anonymous, or neither staff nor partner contact
 * (an account id that is not a UUID cannot own an endpoint either).
 */
export function endpointManagerOf(caller: CallerIdentity | undefined): EndpointManager | undefined {
  if (!caller || !accountIdSchema.safeParse(caller.accountId).success) return undefined;
  const all = caller.grants.some((grant) => grant.role === 'network-staff');
  const cityIds = caller.grants.filter((grant) => grant.role === 'partner-contact').flatMap((grant) => grant.scopeIds);
  if (!all && !cityIds.length) return undefined;
  return { accountId: caller.accountId, email: caller.email, all, cityIds };
}

/** Whether the manager may see and change this endpoint (outside their cities it does not exist for them). */
export function manages(manager: EndpointManager, endpoint: { cityId: string | null }): boolean {
  return manager.all || (endpoint.cityId !== null && manager.cityIds.includes(endpoint.cityId));
}

/** The caller as a manager of endpoints, or the refusal (403) of anyone who may manage none. */
export function managerOrRefuse(caller: CallerIdentity | undefined): EndpointManager {
  const manager = endpointManagerOf(caller);
  if (!manager) throw Errors.forbidden();
  return manager;
}
