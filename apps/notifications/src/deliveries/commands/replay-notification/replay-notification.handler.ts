import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/notifications';
import { DELIVERY_PROBLEMS, type CallerIdentity, type RpcParsedRequest } from '@scn/contracts';
import { DATABASE, problemError } from '@scn/platform';
import { wakeDispatcher } from '../../../notifying/infra/dispatch-channel';
import { isStaff } from '../../../known-facts/domain/caller-grants';
import { endpointManagerOf, manages } from '../../../webhook-endpoints/domain/endpoint-access';
import { notificationRecordOf, WITH_RECIPIENT } from '../../infra/notification-record';

export type ReplayNotificationCommand = RpcParsedRequest<'notifications.replay'>;

/**
 * A failed notification goes back to the queue: the dispatcher gives it a job at once.
 * Staff replay any; a partner contact replays the webhook deliveries of the endpoints they
 * manage (their cities'), whose log they read (`webhook-endpoints.deliveries`): any other
 * notification does not exist for them (404, as another city's endpoint does not), and
 * whoever manages no endpoint is refused (403).
 */
@Injectable()
export class ReplayNotificationHandler {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  async execute(command: ReplayNotificationCommand, caller: CallerIdentity | undefined) {
    const manager = isStaff(caller) ? null : endpointManagerOf(caller);
    if (!isStaff(caller) && !manager) throw problemError(DELIVERY_PROBLEMS.staffOnly);
    const { notificationId } = command;
    const row = await this.db.$transaction(async (tx) => {
      const current = await tx.notification.findUnique({ where: { id: notificationId }, include: { endpoint: { select: { cityId: true } } } });
      if (!current) throw problemError(DELIVERY_PROBLEMS.notFound);
      if (manager && (current.channel !== 'webhook' || !current.endpoint || !manages(manager, current.endpoint))) {
        throw problemError(DELIVERY_PROBLEMS.notFound);
      }
      const { count } = await tx.notification.updateMany({
        where: { id: notificationId, status: 'failed' },
        data: { status: 'queued', statusReason: `replayed by ${caller!.email}`, enqueuedAt: null, notBefore: null, inDigest: false },
      });
      if (count === 0) throw problemError(DELIVERY_PROBLEMS.notReplayable, `The notification is ${current.status}: only a failed one can be replayed.`);
      await wakeDispatcher(tx);
      return tx.notification.findUniqueOrThrow({ where: { id: notificationId }, include: WITH_RECIPIENT });
    });
    return notificationRecordOf(row);
  }
}
