import { Inject, Injectable } from '@nestjs/common';
import type { Prisma, PrismaClient } from '@scn-prisma/notifications';
import type { CallerIdentity, RpcParsedRequest, WebhookEndpointView } from '@scn/contracts';
import { DATABASE } from '@scn/platform';
import { DestinationGuard } from '../../../webhooks/infra/destination-guard';
import { cancelQueuedDeliveries } from '../../../webhooks/infra/queued-deliveries';
import { managerOrRefuse } from '../../domain/endpoint-access';
import { checkedTypes } from '../../domain/endpoint-types';
import { WebhookEndpointErrors as Errors } from '../../domain/webhook-endpoint.errors';
import { toEndpointView } from '../../infra/webhook-endpoint.view';
import { lockVisibleEndpoint } from '../../infra/visible-endpoint';

export type UpdateWebhookEndpointCommand = RpcParsedRequest<'webhook-endpoints.update'>;

/**
 * Changes an endpoint's URL, description, types or state. Disabling cancels its queued
 * notifications; enabling forgets its failures (what made it fail is taken as fixed).
 */
@Injectable()
export class UpdateWebhookEndpointHandler {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly destinations: DestinationGuard,
  ) {}

  async execute(request: UpdateWebhookEndpointCommand, caller: CallerIdentity | undefined): Promise<WebhookEndpointView> {
    const manager = managerOrRefuse(caller);
    const { endpointId, url, description, types, enabled } = request;
    const checkedTypeList = types === undefined ? undefined : checkedTypes(types);
    if (url !== undefined) {
      const verdict = await this.destinations.check(url);
      if (!verdict.ok) throw Errors.refusedUrl(verdict);
    }
    return this.db.$transaction(async (tx) => {
      const current = await lockVisibleEndpoint(tx, endpointId, manager);
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
}
