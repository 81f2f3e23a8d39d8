import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/notifications';
import { isStoredInstant, type CallerIdentity, type RpcParsedRequest } from '@scn/contracts';
import { DATABASE, decodeCursor, encodeCursor, isUuid } from '@scn/platform';
import { recipientOfCaller } from '../../../known-facts/infra/caller-recipient';
import { inboxItemOf } from '../../domain/inbox-item';
import { INBOX_COLUMNS, type InboxRow } from '../../infra/inbox-rows';

export type ListInboxQuery = RpcParsedRequest<'inbox.list'>;

/**
 * The caller's inbox: unread first, newest first within each (the order of the partial
 * index `notifications_inbox_idx`), by keyset pages. Only delivered inbox notifications
 * show: one still waiting for its job is not there yet.
 */
@Injectable()
export class ListInboxHandler {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  async execute(query: ListInboxQuery, caller: CallerIdentity | undefined) {
    const recipientId = (await recipientOfCaller(this.db, caller)).id;
    const params: unknown[] = [recipientId];
    let where = `n.recipient_id = $1::uuid AND n.channel = 'inbox' AND n.status = 'delivered'`;
    if (query.unread === 'true') where += ' AND n.read_at IS NULL';
    if (query.cursor) {
      const [unread, createdAt, id] = decodeCursor(query.cursor, (key) => key.length === 3 && isUuid(key[2]!) && isStoredInstant(key[1]!));
      params.push(unread === 'true', new Date(createdAt!), id);
      where += ` AND ((n.read_at IS NULL), n.created_at, n.id) < ($2::boolean, $3::timestamptz, $4::uuid)`;
    }
    const rows = await this.db.$queryRawUnsafe<InboxRow[]>(
      `SELECT ${INBOX_COLUMNS} FROM notifications n WHERE ${where}
        ORDER BY (n.read_at IS NULL) DESC, n.created_at DESC, n.id DESC LIMIT ${query.limit + 1}`,
      ...params,
    );
    const page = rows.slice(0, query.limit);
    const last = page[page.length - 1];
    const [{ count }] = await this.db.$queryRawUnsafe<Array<{ count: number }>>(
      `SELECT count(*)::int AS count FROM notifications WHERE recipient_id = $1::uuid AND channel = 'inbox' AND status = 'delivered' AND read_at IS NULL`,
      recipientId,
    );
    return {
      items: page.map(inboxItemOf),
      nextCursor: rows.length > query.limit && last ? encodeCursor([String(last.unread), last.createdAt.toISOString(), last.id]) : null,
      unreadCount: count,
    };
  }
}
