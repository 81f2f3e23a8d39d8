import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/notifications';
import type { CallerIdentity, RpcParsedRequest } from '@scn/contracts';
import { DATABASE } from '@scn/platform';
import { recipientOfCaller } from '../../../known-facts/infra/caller-recipient';

export type MarkAllReadCommand = RpcParsedRequest<'inbox.mark-all-read'>;

/** Marks every unread notification of the caller's inbox read; says how many. */
@Injectable()
export class MarkAllReadHandler {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  async execute(_command: MarkAllReadCommand, caller: CallerIdentity | undefined): Promise<{ marked: number }> {
    const recipientId = (await recipientOfCaller(this.db, caller)).id;
    const marked = await this.db.$executeRawUnsafe(
      `UPDATE notifications SET read_at = now(), updated_at = now()
        WHERE recipient_id = $1::uuid AND channel = 'inbox' AND status = 'delivered' AND read_at IS NULL`,
      recipientId,
    );
    return { marked };
  }
}
