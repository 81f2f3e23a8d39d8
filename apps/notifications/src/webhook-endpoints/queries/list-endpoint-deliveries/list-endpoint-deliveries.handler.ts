import { Inject, Injectable } from '@nestjs/common';
import type { Prisma, PrismaClient } from '@scn-prisma/notifications';
import type { CallerIdentity, Page, RpcParsedRequest, WebhookDeliveryView } from '@scn/contracts';
import { DATABASE, decodeCursor, encodeCursor, isUuid } from '@scn/platform';
import { managerOrRefuse, manages } from '../../domain/endpoint-access';
import { WebhookEndpointErrors as Errors } from '../../domain/webhook-endpoint.errors';
import { toDeliveryView } from '../../infra/webhook-delivery.view';

export type ListEndpointDeliveriesQuery = RpcParsedRequest<'webhook-endpoints.deliveries'>;

/**
 * One endpoint's delivery log, newest first, by keyset pages: what the partner contact
 * needs to see why their receiver is failing. Outside the caller's cities the endpoint does
 * not exist (404), so neither do its deliveries.
 */
@Injectable()
export class ListEndpointDeliveriesHandler {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  async execute(request: ListEndpointDeliveriesQuery, caller: CallerIdentity | undefined): Promise<Page<WebhookDeliveryView>> {
    const manager = managerOrRefuse(caller);
    const endpoint = await this.db.webhookEndpoint.findUnique({ where: { id: request.endpointId }, select: { cityId: true } });
    if (!endpoint || !manages(manager, endpoint)) throw Errors.notFound(request.endpointId);
    const where: Prisma.NotificationWhereInput[] = [{ endpointId: request.endpointId, channel: 'webhook' }];
    if (request.status) where.push({ status: request.status });
    if (request.cursor) {
      const [lastId] = decodeCursor(request.cursor, (key) => key.length === 1 && isUuid(key[0] ?? ''));
      where.push({ id: { lt: lastId } });
    }
    // Ids are UUIDv7: ordering by id is ordering by creation.
    const rows = await this.db.notification.findMany({
      where: { AND: where },
      orderBy: { id: 'desc' },
      take: request.limit + 1,
      include: { deliveryTries: { orderBy: { attempt: 'desc' }, take: 1 } },
    });
    const page = rows.slice(0, request.limit);
    const last = page[page.length - 1];
    return { items: page.map(toDeliveryView), nextCursor: rows.length > request.limit && last ? encodeCursor([last.id]) : null };
  }
}
