import { Inject, Injectable } from '@nestjs/common';
import type { Prisma, PrismaClient } from '@scn-prisma/notifications';
import type { CallerIdentity, Page, WebhookEndpointView } from '@scn/contracts';
import { DATABASE, decodeCursor, encodeCursor, isUuid } from '@scn/platform';
import { manages } from './endpoint-access';
import { managerOrRefuse } from './webhook-endpoint-commands';
import { WebhookEndpointErrors as Errors } from './webhook-endpoint.errors';
import { toEndpointView } from './webhook-endpoint.view';
import type { WebhookEndpointsRequest as Req } from './webhook-endpoints.requests';

/** Endpoints as their managers see them: staff all, partner contacts their cities'. */
@Injectable()
export class WebhookEndpointQueries {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  async get(request: Req<'webhook-endpoints.get'>, caller: CallerIdentity | undefined): Promise<WebhookEndpointView> {
    const manager = managerOrRefuse(caller);
    const endpoint = await this.db.webhookEndpoint.findUnique({ where: { id: request.endpointId } });
    if (!endpoint || !manages(manager, endpoint)) throw Errors.notFound(request.endpointId);
    return toEndpointView(endpoint);
  }

  /** Newest first, filtered by city and state; a partner contact's list never leaves their cities. */
  async list(request: Req<'webhook-endpoints.list'>, caller: CallerIdentity | undefined): Promise<Page<WebhookEndpointView>> {
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
