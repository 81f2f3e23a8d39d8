import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/notifications';
import { DELIVERY_PROBLEMS, type CallerIdentity, type RpcParsedRequest } from '@scn/contracts';
import { DATABASE, problemError } from '@scn/platform';
import { wakeDispatcher } from '../../../notifying/infra/dispatch-channel';
import { refuseUnlessStaff } from '../../domain/staff-only';
import { notificationRecordOf, WITH_RECIPIENT } from '../../infra/notification-record';

export type ReplayNotificationCommand = RpcParsedRequest<'notifications.replay'>;

/** A failed notification goes back to the queue: the dispatcher gives it a job at once. */
@Injectable()
export class ReplayNotificationHandler {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  async execute(command: ReplayNotificationCommand, caller: CallerIdentity | undefined) {
    refuseUnlessStaff(caller);
    const { notificationId } = command;
    const row = await this.db.$transaction(async (tx) => {
      const current = await tx.notification.findUnique({ where: { id: notificationId } });
      if (!current) throw problemError(DELIVERY_PROBLEMS.notFound);
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
