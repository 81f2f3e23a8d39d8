import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/notifications';
import type { CallerIdentity, RpcParsedRequest, WebhookEndpointView } from '@scn/contracts';
import { DATABASE } from '@scn/platform';
import { managerOrRefuse, manages } from '../../domain/endpoint-access';
import { WebhookEndpointErrors as Errors } from '../../domain/webhook-endpoint.errors';
import { toEndpointView } from '../../infra/webhook-endpoint.view';

export type GetWebhookEndpointQuery = RpcParsedRequest<'webhook-endpoints.get'>;

/** One endpoint, without its secret; outside the caller's cities it does not exist. */
@Injectable()
export class GetWebhookEndpointHandler {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  async execute(request: GetWebhookEndpointQuery, caller: CallerIdentity | undefined): Promise<WebhookEndpointView> {
    const manager = managerOrRefuse(caller);
    const endpoint = await this.db.webhookEndpoint.findUnique({ where: { id: request.endpointId } });
    if (!endpoint || !manages(manager, endpoint)) throw Errors.notFound(request.endpointId);
    return toEndpointView(endpoint);
  }
}
