import type { CallerIdentity } from '@scn/contracts';
import { isUuid } from '@scn/platform';

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
  if (!caller || !isUuid(caller.accountId)) return undefined;
  const all = caller.grants.some((grant) => grant.role === 'network-staff');
  const cityIds = caller.grants.filter((grant) => grant.role === 'partner-contact').flatMap((grant) => grant.scopeIds);
  if (!all && !cityIds.length) return undefined;
  return { accountId: caller.accountId, email: caller.email, all, cityIds };
}

/** Whether the manager may see and change this endpoint (outside their cities it does not exist for them). */
export function manages(manager: EndpointManager, endpoint: { cityId: string | null }): boolean {
  return manager.all || (endpoint.cityId !== null && manager.cityIds.includes(endpoint.cityId));
}
