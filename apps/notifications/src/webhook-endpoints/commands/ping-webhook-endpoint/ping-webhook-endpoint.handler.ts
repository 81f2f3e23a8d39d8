import { Inject, Injectable } from '@nestjs/common';
import type { Prisma, PrismaClient } from '@scn-prisma/notifications';
import type { CallerIdentity, RpcParsedRequest } from '@scn/contracts';
import { DATABASE } from '@scn/platform';
import { randomUUID } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { NOTIFICATION_TYPES, type NotificationFacts } from '../../../catalogue/notification-types';
import { wakeDispatcher } from '../../../notifying/infra/dispatch-channel';
import { managerOrRefuse, manages } from '../../domain/endpoint-access';
import { WebhookEndpointErrors as Errors } from '../../domain/webhook-endpoint.errors';

export type PingWebhookEndpointCommand = RpcParsedRequest<'webhook-endpoints.ping'>;

const PING = 'webhook.ping' as const;

/**
 * A test message to one endpoint: a queued `webhook.ping` notification for it alone,
 * delivered like any other (signed, retried, logged). The dispatcher is woken by NOTIFY
 * when it commits. Each ping is its own notification (`ping:<uuid>`).
 */
@Injectable()
export class PingWebhookEndpointHandler {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  async execute(request: PingWebhookEndpointCommand, caller: CallerIdentity | undefined) {
    const manager = managerOrRefuse(caller);
    const { endpointId } = request;
    const notificationId = uuidv7();
    await this.db.$transaction(async (tx) => {
      const endpoint = await tx.webhookEndpoint.findUnique({ where: { id: endpointId }, select: { cityId: true, enabled: true } });
      if (!endpoint || !manages(manager, endpoint)) throw Errors.notFound(endpointId);
      if (!endpoint.enabled) throw Errors.disabled(endpointId);
      const facts: NotificationFacts<typeof PING> = NOTIFICATION_TYPES[PING].facts.parse({ endpointId });
      await tx.notification.create({
        data: {
          id: notificationId,
          sourceKey: `ping:${randomUUID()}`,
          targetKey: `endpoint:${endpointId}`,
          recipientId: null,
          endpointId,
          channel: 'webhook',
          type: PING,
          category: NOTIFICATION_TYPES[PING].category,
          critical: NOTIFICATION_TYPES[PING].critical,
          language: 'en',
          payload: facts as Prisma.InputJsonValue,
          title: 'Webhook test ping',
          body: `A test message ${manager.email} asked for, to check that this endpoint receives and verifies webhooks.`,
          status: 'queued',
        },
      });
      await wakeDispatcher(tx);
    });
    return { notificationId, endpointId, status: 'queued' as const };
  }
}
