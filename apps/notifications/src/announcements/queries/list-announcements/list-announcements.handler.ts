import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/notifications';
import type { AnnouncementRecord, CallerIdentity, Page, RpcParsedRequest } from '@scn/contracts';
import { DATABASE, decodeCursor, encodeCursor, isUuid } from '@scn/platform';
import { refuseUnlessStaff } from '../../../deliveries/domain/staff-only';
import { announcementRecordOf, countNotificationsOf } from '../../infra/announcement-records';

export type ListAnnouncementsQuery = RpcParsedRequest<'announcements.list'>;

/**
 * The announcements staff sent, newest first by keyset pages, each with its notifications
 * counted by status (queued, sent, delivered, failed…): two queries a page, whatever its size.
 */
@Injectable()
export class ListAnnouncementsHandler {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  async execute(query: ListAnnouncementsQuery, caller: CallerIdentity | undefined): Promise<Page<AnnouncementRecord>> {
    refuseUnlessStaff(caller);
    // Ids are UUIDv7, made when it is sent: ordering by id is ordering by time.
    const after = query.cursor ? decodeCursor(query.cursor, (key) => key.length === 1 && isUuid(key[0]!))[0] : undefined;
    const rows = await this.db.announcement.findMany({
      where: after ? { id: { lt: after } } : {},
      orderBy: { id: 'desc' },
      take: query.limit + 1,
    });
    const page = rows.slice(0, query.limit);
    const counts = await countNotificationsOf(this.db, page.map((row) => row.id));
    return {
      items: page.map((row) => announcementRecordOf(row, counts.get(row.id))),
      nextCursor: rows.length > query.limit ? encodeCursor([page[page.length - 1]!.id]) : null,
    };
  }
}
