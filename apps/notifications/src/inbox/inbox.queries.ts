import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/notifications';
import { INBOX_PROBLEMS, type CallerIdentity, type InboxItem } from '@scn/contracts';
import { DATABASE, decodeCursor, encodeCursor, isUuid, problemError } from '@scn/platform';
import { recipientOfCaller } from '../audience/caller-recipient';
import { inboxItemOf, type InboxSource } from './inbox-item';

interface InboxRow extends InboxSource {
  unread: boolean;
}

const INBOX_COLUMNS = `n.id, n.type, n.category, n.title, n.body, n.payload, n.created_at AS "createdAt", n.read_at AS "readAt", (n.read_at IS NULL) AS unread`;

/**
 * The caller's inbox: unread first, newest first within each (the order of the partial
 * index `notifications_inbox_idx`), by keyset pages. Only delivered inbox notifications
 * show: one still waiting for its job is not there yet.
 */
@Injectable()
export class InboxQueries {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  async list(caller: CallerIdentity | undefined, query: { limit: number; cursor?: string; unread?: 'true' | 'false' }) {
    const recipientId = await this.recipientOf(caller);
    const params: unknown[] = [recipientId];
    let where = `n.recipient_id = $1::uuid AND n.channel = 'inbox' AND n.status = 'delivered'`;
    if (query.unread === 'true') where += ' AND n.read_at IS NULL';
    if (query.cursor) {
      const [unread, createdAt, id] = decodeCursor(query.cursor, (key) => key.length === 3 && isUuid(key[2]!) && !Number.isNaN(Date.parse(key[1]!)));
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

  async markRead(caller: CallerIdentity | undefined, notificationId: string): Promise<InboxItem> {
    const recipientId = await this.recipientOf(caller);
    const [row] = await this.db.$queryRawUnsafe<InboxRow[]>(
      `UPDATE notifications n SET read_at = COALESCE(n.read_at, now()), updated_at = now()
        WHERE n.id = $1::uuid AND n.recipient_id = $2::uuid AND n.channel = 'inbox' AND n.status = 'delivered'
        RETURNING ${INBOX_COLUMNS}`,
      notificationId,
      recipientId,
    );
    if (!row) throw problemError(INBOX_PROBLEMS.notFound);
    return inboxItemOf(row);
  }

  async markAllRead(caller: CallerIdentity | undefined): Promise<{ marked: number }> {
    const recipientId = await this.recipientOf(caller);
    const marked = await this.db.$executeRawUnsafe(
      `UPDATE notifications SET read_at = now(), updated_at = now()
        WHERE recipient_id = $1::uuid AND channel = 'inbox' AND status = 'delivered' AND read_at IS NULL`,
      recipientId,
    );
    return { marked };
  }

  private async recipientOf(caller: CallerIdentity | undefined): Promise<string> {
    return (await recipientOfCaller(this.db, caller)).id;
  }
}
