import { Inject, Injectable } from '@nestjs/common';
import type { Prisma, PrismaClient, WebhookEndpoint } from '@scn-prisma/notifications';
import type { CallerIdentity, WebhookEndpointView, WebhookEndpointWithSecretView } from '@scn/contracts';
import { DATABASE } from '@scn/platform';
import { v7 as uuidv7 } from 'uuid';
import { isNotificationType } from '../../catalogue/notification-types';
import { DestinationGuard } from '../destination/destination-guard';
import { cancelQueuedDeliveries } from '../health/endpoint-health';
import { endpointManagerOf, manages, type EndpointManager } from './endpoint-access';
import { newEndpointSecret } from './endpoint-secret';
import { WebhookEndpointErrors as Errors } from './webhook-endpoint.errors';
import { toEndpointView, toEndpointWithSecret } from './webhook-endpoint.view';
import type { WebhookEndpointsRequest as Req } from './webhook-endpoints.requests';

type Tx = Prisma.TransactionClient;

/**
 * Creates, changes, deletes and re-keys webhook endpoints. Network staff manage every
 * endpoint; a partner contact those of their partner cities (others do not exist for
 * them). URLs are checked against the destination rules when saved (and again before
 * each delivery).
 */
@Injectable()
export class WebhookEndpointCommands {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly destinations: DestinationGuard,
  ) {}

  async create(request: Req<'webhook-endpoints.create'>, caller: CallerIdentity | undefined): Promise<WebhookEndpointWithSecretView> {
    const manager = managerOrRefuse(caller);
    const cityId = cityOfNewEndpoint(manager, request.cityId);
    const types = checkedTypes(request.types);
    await this.checkDestination(request.url);
    const row = await this.db.webhookEndpoint.create({
      data: {
        id: uuidv7(),
        url: request.url,
        secret: newEndpointSecret(),
        description: request.description,
        owner: cityId === null ? 'network' : 'partner_city',
        cityId,
        types,
        createdBy: manager.accountId,
      },
    });
    return toEndpointWithSecret(row);
  }

  async update(request: Req<'webhook-endpoints.update'>, caller: CallerIdentity | undefined): Promise<WebhookEndpointView> {
    const manager = managerOrRefuse(caller);
    const { endpointId, url, description, types, enabled } = request;
    const checkedTypeList = types === undefined ? undefined : checkedTypes(types);
    if (url !== undefined) await this.checkDestination(url);
    return this.db.$transaction(async (tx) => {
      const current = await lockVisible(tx, endpointId, manager);
      const data: Prisma.WebhookEndpointUpdateInput = {};
      if (url !== undefined) data.url = url;
      if (description !== undefined) data.description = description;
      if (checkedTypeList !== undefined) data.types = checkedTypeList;
      if (enabled === true && !current.enabled) {
        // A fresh start: what made it fail is taken as fixed.
        Object.assign(data, { enabled: true, disabledAt: null, disabledReason: null, failingSince: null });
      } else if (enabled === false && current.enabled) {
        Object.assign(data, { enabled: false, disabledAt: new Date(), disabledReason: `disabled by ${manager.email}` });
        await cancelQueuedDeliveries(tx, endpointId, null);
      }
      if (!Object.keys(data).length) return toEndpointView(current);
      return toEndpointView(await tx.webhookEndpoint.update({ where: { id: endpointId }, data }));
    });
  }

  /** Deletes the endpoint with its notifications and their delivery log. */
  async remove(request: Req<'webhook-endpoints.delete'>, caller: CallerIdentity | undefined): Promise<{ id: string; deleted: true }> {
    const manager = managerOrRefuse(caller);
    await this.db.$transaction(async (tx) => {
      await lockVisible(tx, request.endpointId, manager);
      await tx.webhookEndpoint.delete({ where: { id: request.endpointId } });
    });
    return { id: request.endpointId, deleted: true };
  }

  /** A new secret, at once: every try from now on (retries included) is signed with it. */
  async rotateSecret(request: Req<'webhook-endpoints.rotate-secret'>, caller: CallerIdentity | undefined): Promise<WebhookEndpointWithSecretView> {
    const manager = managerOrRefuse(caller);
    return this.db.$transaction(async (tx) => {
      await lockVisible(tx, request.endpointId, manager);
      return toEndpointWithSecret(await tx.webhookEndpoint.update({ where: { id: request.endpointId }, data: { secret: newEndpointSecret() } }));
    });
  }

  private async checkDestination(url: string): Promise<void> {
    const verdict = await this.destinations.check(url);
    if (!verdict.ok) throw Errors.refusedUrl(verdict);
  }
}

export function managerOrRefuse(caller: CallerIdentity | undefined): EndpointManager {
  const manager = endpointManagerOf(caller);
  if (!manager) throw Errors.forbidden();
  return manager;
}

/**
 * Whose a new endpoint is: the city named (a partner contact's must be one of theirs), else
 * the network's for staff, or a partner contact's only city.
 */
function cityOfNewEndpoint(manager: EndpointManager, requested: string | undefined): string | null {
  if (requested !== undefined) {
    if (!manager.all && !manager.cityIds.includes(requested)) throw Errors.cityNotInScope(requested);
    return requested;
  }
  if (manager.all) return null;
  const [only, ...more] = manager.cityIds;
  if (only === undefined || more.length) throw Errors.cityRequired();
  return only;
}

/** The endpoint locked for a change, if the manager may see it (else: not found). */
async function lockVisible(tx: Tx, endpointId: string, manager: EndpointManager): Promise<WebhookEndpoint> {
  await tx.$queryRawUnsafe(`SELECT 1 FROM webhook_endpoints WHERE id = $1::uuid FOR UPDATE`, endpointId);
  const endpoint = await tx.webhookEndpoint.findUnique({ where: { id: endpointId } });
  if (!endpoint || !manages(manager, endpoint)) throw Errors.notFound(endpointId);
  return endpoint;
}

/** The type filter, each name checked against the catalogue, duplicates dropped (first kept). */
function checkedTypes(types: readonly string[]): string[] {
  const unknown = types.map((type, index) => ({ type, index })).filter(({ type }) => !isNotificationType(type));
  if (unknown.length) throw Errors.unknownTypes(unknown);
  return [...new Set(types)];
}
