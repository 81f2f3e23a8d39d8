import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/notifications';
import { DELIVERY_PROBLEMS, type CallerIdentity, type RpcParsedRequest } from '@scn/contracts';
import { DATABASE, problemError } from '@scn/platform';
import { refuseUnlessStaff } from '../../domain/staff-only';
import { attemptOf, notificationRecordOf, WITH_RECIPIENT } from '../../infra/notification-record';

export type GetNotificationQuery = RpcParsedRequest<'notifications.get'>;

/** One notification of the delivery log, with its facts and every try. */
@Injectable()
export class GetNotificationHandler {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  async execute(query: GetNotificationQuery, caller: CallerIdentity | undefined) {
    refuseUnlessStaff(caller);
    const row = await this.db.notification.findUnique({
      where: { id: query.notificationId },
      include: { ...WITH_RECIPIENT, deliveryTries: { orderBy: [{ attempt: 'asc' }, { startedAt: 'asc' }] } },
    });
    if (!row) throw problemError(DELIVERY_PROBLEMS.notFound);
    return {
      ...notificationRecordOf(row),
      payload: (row.payload ?? {}) as Record<string, unknown>,
      tries: row.deliveryTries.map(attemptOf),
    };
  }
}
