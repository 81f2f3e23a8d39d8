import type { EndpointManager } from './endpoint-access';
import { WebhookEndpointErrors as Errors } from './webhook-endpoint.errors';

/**
 * Whose a new endpoint is: the city named (a partner contact's must be one of theirs), else
 * the network's for staff, or a partner contact's only city. Null: the network's.
 */
export function cityOfNewEndpoint(manager: EndpointManager, requested: string | undefined): string | null {
  if (requested !== undefined) {
    if (!manager.all && !manager.cityIds.includes(requested)) throw Errors.cityNotInScope(requested);
    return requested;
  }
  if (manager.all) return null;
  const [only, ...more] = manager.cityIds;
  if (only === undefined || more.length) throw Errors.cityRequired();
  return only;
}
