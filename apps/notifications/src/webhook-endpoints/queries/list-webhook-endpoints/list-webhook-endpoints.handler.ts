import { Inject, Injectable } from '@nestjs/common';
import type { Prisma, PrismaClient } from '@scn-prisma/notifications';
import type { CallerIdentity, Page, RpcParsedRequest, WebhookEndpointView } from '@scn/contracts';
import { DATABASE, decodeCursor, encodeCursor, isUuid } from '@scn/platform';
import { managerOrRefuse } from '../../domain/endpoint-access';
import { toEndpointView } from '../../infra/webhook-endpoint.view';

export type ListWebhookEndpointsQuery = RpcParsedRequest<'webhook-endpoints.list'>;

/** Endpoints newest first, filtered by city and state; a partner contact's list never leaves their cities. */
@Injectable()
export class ListWebhookEndpointsHandler {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  async execute(request: ListWebhookEndpointsQuery, caller: CallerIdentity | undefined): Promise<Page<WebhookEndpointView>> {
    const manager = managerOrRefuse(caller);
    const where: Prisma.WebhookEndpointWhereInput[] = [];
    if (!manager.all) where.push({ cityId: { in: [...manager.cityIds] } });
    if (request.cityId) where.push({ cityId: request.cityId });
    if (request.enabled !== undefined) where.push({ enabled: request.enabled });
    if (request.cursor) {
      const [lastId] = decodeCursor(request.cursor, (key) => key.length === 1 && isUuid(key[0] ?? ''));
      where.push({ id: { lt: lastId } });
    }
    const rows = await this.db.webhookEndpoint.findMany({ where: { AND: where }, orderBy: { id: 'desc' }, take: request.limit + 1 });
    const page = rows.slice(0, request.limit);
    const last = page[page.length - 1];
    return { items: page.map(toEndpointView), nextCursor: rows.length > request.limit && last ? encodeCursor([last.id]) : null };
  }
}
