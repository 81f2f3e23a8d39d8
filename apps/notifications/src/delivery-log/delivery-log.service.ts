import { Inject, Injectable } from '@nestjs/common';
import type { Prisma, PrismaClient } from '@scn-prisma/notifications';
import { DELIVERY_PROBLEMS, type CallerIdentity, type listNotificationsQuerySchema } from '@scn/contracts';
import { DATABASE, decodeCursor, encodeCursor, isUuid, problemError } from '@scn/platform';
import type { z } from 'zod';
import { isStaff } from '../audience/caller-recipient';
import { DISPATCH_CHANNEL } from '../notifying/notification-request';
import { attemptOf, notificationRecordOf } from './notification-record';

type ListQuery = z.output<typeof listNotificationsQuerySchema>;
const withRecipient = { recipient: { select: { id: true, email: true, accountId: true } } } as const;

/** The delivery log for staff: notifications newest first, each with its tries; replay of failed ones. */
@Injectable()
export class DeliveryLogService {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  async list(caller: CallerIdentity | undefined, query: ListQuery) {
    this.staffOnly(caller);
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
      include: withRecipient,
    });
    const page = rows.slice(0, query.limit);
    return {
      items: page.map(notificationRecordOf),
      nextCursor: rows.length > query.limit ? encodeCursor([page[page.length - 1]!.id]) : null,
    };
  }

  async get(caller: CallerIdentity | undefined, notificationId: string) {
    this.staffOnly(caller);
    const row = await this.db.notification.findUnique({
      where: { id: notificationId },
      include: { ...withRecipient, deliveryTries: { orderBy: [{ attempt: 'asc' }, { startedAt: 'asc' }] } },
    });
    if (!row) throw problemError(DELIVERY_PROBLEMS.notFound);
    return {
      ...notificationRecordOf(row),
      payload: (row.payload ?? {}) as Record<string, unknown>,
      tries: row.deliveryTries.map(attemptOf),
    };
  }

  /** A failed notification goes back to the queue: the dispatcher gives it a job at once. */
  async replay(caller: CallerIdentity | undefined, notificationId: string) {
    this.staffOnly(caller);
    const row = await this.db.$transaction(async (tx) => {
      const current = await tx.notification.findUnique({ where: { id: notificationId } });
      if (!current) throw problemError(DELIVERY_PROBLEMS.notFound);
      const { count } = await tx.notification.updateMany({
        where: { id: notificationId, status: 'failed' },
        data: { status: 'queued', statusReason: `replayed by ${caller!.email}`, enqueuedAt: null, notBefore: null, inDigest: false },
      });
      if (count === 0) throw problemError(DELIVERY_PROBLEMS.notReplayable, `The notification is ${current.status}: only a failed one can be replayed.`);
      await tx.$executeRawUnsafe(`SELECT pg_notify('${DISPATCH_CHANNEL}', '')`);
      return tx.notification.findUniqueOrThrow({ where: { id: notificationId }, include: withRecipient });
    });
    return notificationRecordOf(row);
  }

  private staffOnly(caller: CallerIdentity | undefined): void {
    if (!isStaff(caller)) throw problemError(DELIVERY_PROBLEMS.staffOnly);
  }
}
