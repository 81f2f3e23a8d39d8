import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/notifications';
import type { CallerIdentity, RpcParsedRequest, WebhookEndpointWithSecretView } from '@scn/contracts';
import { DATABASE } from '@scn/platform';
import { v7 as uuidv7 } from 'uuid';
import { DestinationGuard } from '../../../webhooks/infra/destination-guard';
import { managerOrRefuse } from '../../domain/endpoint-access';
import { cityOfNewEndpoint } from '../../domain/endpoint-ownership';
import { newEndpointSecret } from '../../domain/endpoint-secret';
import { checkedTypes } from '../../domain/endpoint-types';
import { WebhookEndpointErrors as Errors } from '../../domain/webhook-endpoint.errors';
import { toEndpointWithSecret } from '../../infra/webhook-endpoint.view';

export type CreateWebhookEndpointCommand = RpcParsedRequest<'webhook-endpoints.create'>;

/**
 * A new endpoint with a new secret (shown in this answer only). Network staff create the
 * network's or any city's; a partner contact one of their cities'. The URL is checked
 * against the destination rules (and again before each delivery).
 */
@Injectable()
export class CreateWebhookEndpointHandler {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly destinations: DestinationGuard,
  ) {}

  async execute(request: CreateWebhookEndpointCommand, caller: CallerIdentity | undefined): Promise<WebhookEndpointWithSecretView> {
    const manager = managerOrRefuse(caller);
    const cityId = cityOfNewEndpoint(manager, request.cityId);
    const types = checkedTypes(request.types);
    const verdict = await this.destinations.check(request.url);
    if (!verdict.ok) throw Errors.refusedUrl(verdict);
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
}
