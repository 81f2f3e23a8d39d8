import { Inject, Injectable } from '@nestjs/common';
import type { Prisma, PrismaClient } from '@scn-prisma/notifications';
import type { CallerIdentity, RpcParsedRequest } from '@scn/contracts';
import { DATABASE, decodeCursor, encodeCursor, isUuid } from '@scn/platform';
import { refuseUnlessStaff } from '../../domain/staff-only';
import { notificationRecordOf, WITH_RECIPIENT } from '../../infra/notification-record';

export type ListNotificationsQuery = RpcParsedRequest<'notifications.list'>;

/** The delivery log for staff: notifications newest first, filtered, by keyset pages. */
@Injectable()
export class ListNotificationsHandler {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  async execute(query: ListNotificationsQuery, caller: CallerIdentity | undefined) {
    refuseUnlessStaff(caller);
    const where: Prisma.NotificationWhereInput = {
      ...(query.status ? { status: query.status } : {}),
      ...(query.channel ? { channel: query.channel } : {}),
      ...(query.type ? { type: query.type } : {}),
      ...(query.endpointId ? { endpointId: query.endpointId } : {}),
      ...(query.recipientEmail ? { recipient: { email: query.recipientEmail.trim().toLowerCase() } } : {}),
    };
    // Ids are UUIDv7: ordering by id is ordering by creation.
    const cursor = query.cursor ? decodeCursor(query.cursor, (key) => key.length === 1 && isUuid(key[0]!))[0] : undefined;
    const rows = await this.db.notification.findMany({
      where: cursor ? { AND: [where, { id: { lt: cursor } }] } : where,
      orderBy: { id: 'desc' },
      take: query.limit + 1,
      include: WITH_RECIPIENT,
    });
    const page = rows.slice(0, query.limit);
    return {
      items: page.map(notificationRecordOf),
      nextCursor: rows.length > query.limit ? encodeCursor([page[page.length - 1]!.id]) : null,
    };
  }
}
