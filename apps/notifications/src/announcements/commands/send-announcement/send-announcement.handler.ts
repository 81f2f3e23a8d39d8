import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/notifications';
import type { CallerIdentity, RpcParsedRequest } from '@scn/contracts';
import { DATABASE } from '@scn/platform';
import { v7 as uuidv7 } from 'uuid';
import { refuseUnlessStaff } from '../../../deliveries/domain/staff-only';
import { NotificationPlanner } from '../../../notifying/notification-planner';
import { announcementSourceKey } from '../../infra/announcement-records';

export type SendAnnouncementCommand = RpcParsedRequest<'announcements.send'>;

/**
 * A network-wide announcement by staff: one notification per person and channel (email,
 * inbox) and per webhook endpoint, made in one transaction and delivered by the queue.
 */
@Injectable()
export class SendAnnouncementHandler {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly planner: NotificationPlanner,
  ) {}

  async execute(announcement: SendAnnouncementCommand, caller: CallerIdentity | undefined) {
    refuseUnlessStaff(caller);
    const announcementId = uuidv7();
    const outcome = await this.db.$transaction(
      async (tx) => {
        // The announcement itself, for the list of those sent; its notifications name it as their source.
        await tx.announcement.create({
          data: {
            id: announcementId,
            title: announcement.title,
            body: announcement.body,
            audience: announcement.audience,
            webhooks: announcement.webhooks,
            sentBy: caller?.accountId ?? null,
            sentByEmail: caller?.email ?? null,
          },
        });
        return this.planner.plan(tx, {
          sourceKey: announcementSourceKey(announcementId),
          type: 'announcement',
          facts: { announcementId, title: announcement.title, body: announcement.body },
          audience: { kind: announcement.audience },
          webhooks: announcement.webhooks ? { kind: 'all' } : { kind: 'none' },
        });
      },
      // Tens of thousands of rows: more than the default five seconds.
      { timeout: 120_000, maxWait: 10_000 },
    );
    return { announcementId, notifications: outcome.created };
  }
}
