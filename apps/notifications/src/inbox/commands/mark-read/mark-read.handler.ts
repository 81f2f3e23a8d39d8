import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/notifications';
import { INBOX_PROBLEMS, type CallerIdentity, type InboxItem, type RpcParsedRequest } from '@scn/contracts';
import { DATABASE, problemError } from '@scn/platform';
import { recipientOfCaller } from '../../../known-facts/infra/caller-recipient';
import { inboxItemOf } from '../../domain/inbox-item';
import { INBOX_COLUMNS, type InboxRow } from '../../infra/inbox-rows';

export type MarkReadCommand = RpcParsedRequest<'inbox.mark-read'>;

/** Marks one of the caller's inbox notifications read (again: it keeps the first time); anyone else's does not exist. */
@Injectable()
export class MarkReadHandler {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  async execute(command: MarkReadCommand, caller: CallerIdentity | undefined): Promise<InboxItem> {
    const recipientId = (await recipientOfCaller(this.db, caller)).id;
    const [row] = await this.db.$queryRawUnsafe<InboxRow[]>(
      `UPDATE notifications n SET read_at = COALESCE(n.read_at, now()), updated_at = now()
        WHERE n.id = $1::uuid AND n.recipient_id = $2::uuid AND n.channel = 'inbox' AND n.status = 'delivered'
        RETURNING ${INBOX_COLUMNS}`,
      command.notificationId,
      recipientId,
    );
    if (!row) throw problemError(INBOX_PROBLEMS.notFound);
    return inboxItemOf(row);
  }
}
